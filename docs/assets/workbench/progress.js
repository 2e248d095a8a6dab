// The progress bar of a long call: the worker reports (done, total, text) from Python.
export class Progress {
  constructor(box) {
    this.box = box;
    this.bar = box.querySelector("progress");
    this.text = box.querySelector(".wb-progress__text");
  }

  start(text) {
    this.box.hidden = false;
    this.bar.value = 0;
    this.text.textContent = text;
  }

  update(done, total, text) {
    this.bar.max = Math.max(total, 1);
    this.bar.value = Math.min(done, this.bar.max);
    this.bar.dataset.value = String(this.bar.value / this.bar.max);
    if (text) this.text.textContent = text;
  }

  finish(text) {
    this.bar.value = this.bar.max;
    this.text.textContent = text;
  }

  hide() {
    this.box.hidden = true;
  }
}
