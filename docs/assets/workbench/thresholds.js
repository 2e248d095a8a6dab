// The thresholds form: the values to screen with ({"rule.param": text}), shown as used after a run.
export class Thresholds {
  constructor(form, onRerun) {
    this.form = form;
    this.inputs = [...form.querySelectorAll("input[name]")];
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      onRerun();
    });
    form.querySelector("[data-action=defaults]").addEventListener("click", () => this.reset());
  }

  settings() {
    return Object.fromEntries(this.inputs.map((input) => [input.name, input.value.trim()]));
  }

  set(settings) {
    for (const input of this.inputs) if (settings[input.name] !== undefined) input.value = settings[input.name];
  }

  // After a run: each input holds the value used, marked when it differs from the site's default.
  used(params) {
    for (const p of params) {
      const input = this.form.querySelector(`input[name="${p.rule}.${p.name}"]`);
      if (!input) continue;
      input.value = String(p.value);
      input.classList.toggle("wb-input--changed", p.changed);
    }
  }

  reset() {
    for (const input of this.inputs) {
      input.value = input.dataset.default;
      input.classList.remove("wb-input--changed");
    }
  }
}
