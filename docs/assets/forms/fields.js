/* Reading the form's own fields (not the batch table's cells), and showing the parts that depend on
   them: the single/batch mode and the "其他" text boxes. */

export const OTHER = "__other";

export class Fields {
  constructor(root) {
    this.root = root;
    this.form = root.querySelector(".fm-form");
  }

  field(name) {
    return this.form.querySelector("[name='" + name + "']:not(.fm-cell)");
  }

  /** The control's own value: a ticked box's value or "", the checked radio's value, trimmed text. */
  raw(name) {
    const el = this.field(name);
    if (!el) return "";
    if (el.type === "checkbox") return el.checked ? el.value : "";
    if (el.type === "radio") {
      const on = this.form.querySelector("[name='" + name + "']:checked");
      return on ? on.value : "";
    }
    return el.value.trim();
  }

  /** What the document says: a select with "其他" resolves to the text typed in its companion field. */
  value(name) {
    const el = this.field(name);
    const v = this.raw(name);
    if (el && el.tagName === "SELECT" && v === OTHER) return this.raw(el.getAttribute("data-other"));
    return v;
  }

  labelOf(name) {
    const el = this.field(name);
    const label = el && this.form.querySelector("label[for='" + el.id + "']");
    return label ? label.textContent.replace("（可选）", "").trim() : name;
  }

  /** The values of every ticked box called `name`. */
  ticked(name) {
    return Array.from(this.form.querySelectorAll("[name='" + name + "']:checked"), (box) => box.value);
  }

  mode() {
    return this.raw("mode");
  }

  /** Shows only the parts for the chosen mode, and each "其他" box only while 其他 is chosen. */
  showConditional() {
    const mode = this.mode();
    this.root.querySelectorAll("[data-mode], [data-doc-mode]").forEach((el) => {
      const own = el.getAttribute("data-mode") || el.getAttribute("data-doc-mode");
      el.hidden = Boolean(mode) && own !== mode;
    });
    this.form.querySelectorAll("select[data-other]").forEach((select) => {
      this.field(select.getAttribute("data-other")).closest(".fm-group").hidden = select.value !== OTHER;
    });
  }
}
