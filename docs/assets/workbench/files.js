// The files to screen: one file input per kind, and a drop zone that puts each dropped file into
// the right input by its header line (a column only that kind of file has). Files stay File objects:
// the worker reads them; nothing is uploaded.
const KINDS = ["claims", "employers", "subsidies"];

export class FilePicker {
  constructor(form, onChange) {
    this.inputs = Object.fromEntries(KINDS.map((kind) => [kind, form.querySelector(`input[type=file][name=${kind}]`)]));
    this.drop = form.querySelector("[data-drop]");
    this.markers = JSON.parse(this.drop.dataset.markers || "{}");
    this.onChange = onChange;
    for (const kind of KINDS) this.inputs[kind].addEventListener("change", () => this.changed());
    this.drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      this.drop.classList.add("wb-drop--over");
    });
    this.drop.addEventListener("dragleave", () => this.drop.classList.remove("wb-drop--over"));
    this.drop.addEventListener("drop", (event) => {
      event.preventDefault();
      this.drop.classList.remove("wb-drop--over");
      this.place([...event.dataTransfer.files]);
    });
  }

  // {claims, employers, subsidies}: a File or null each.
  chosen() {
    return Object.fromEntries(KINDS.map((kind) => [kind, this.inputs[kind].files[0] || null]));
  }

  async place(files) {
    for (const file of files) {
      const kind = (await this.kindOf(file)) || KINDS.find((k) => !this.inputs[k].files.length) || "claims";
      this.set(kind, file);
    }
    this.changed();
  }

  async kindOf(file) {
    const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(head);
    } catch {
      text = new TextDecoder("gbk").decode(head);
    }
    const header = text.split(/\r?\n/, 1)[0].toLowerCase();
    return KINDS.find((kind) => (this.markers[kind] || []).some((name) => header.includes(name.toLowerCase()))) || null;
  }

  set(kind, file) {
    const transfer = new DataTransfer();
    if (file) transfer.items.add(file);
    this.inputs[kind].files = transfer.files;
  }

  // The sample's CSV texts as files, in place of whatever was chosen.
  useTexts(texts) {
    for (const kind of KINDS) {
      this.set(kind, texts[kind] ? new File([texts[kind]], `示例-${kind}.csv`, { type: "text/csv" }) : null);
    }
    this.changed();
  }

  clear() {
    for (const kind of KINDS) this.set(kind, null);
    this.changed();
  }

  changed() {
    for (const kind of KINDS) {
      const file = this.inputs[kind].files[0];
      const note = this.drop.querySelector(`[data-chosen=${kind}]`);
      note.textContent = file ? `已选择：${file.name}（${(file.size / 1024).toFixed(0)} KB）` : "";
    }
    this.onChange(this.chosen());
  }
}
