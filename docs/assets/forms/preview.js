/* The printable document, kept in step with the fields. User text reaches it only through
   textContent. A long batch list shows its first rows on screen and every row when printed. */

const BLANK = "＿＿＿＿＿＿";
export const PREVIEW_ROWS = 50;

function formatDate(v) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? Number(m[1]) + "年" + Number(m[2]) + "月" + Number(m[3]) + "日" : v;
}

function listEntries(fields, name) {
  const typed = fields.raw(name + "_other").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return fields.ticked(name).concat(typed);
}

export class Preview {
  /** batch: the BatchTable, or null on a form without one. */
  constructor(root, fields, batch) {
    this.fields = fields;
    this.batch = batch;
    this.doc = root.querySelector("[data-doc]");
    this.more = root.querySelector(".fm-doc-more");
    window.addEventListener("beforeprint", () => this.render({ all: true }));
  }

  renderBinds() {
    this.doc.querySelectorAll("[data-bind]").forEach((el) => {
      let v = this.fields.value(el.getAttribute("data-bind"));
      if (v && el.getAttribute("data-format") === "date") v = formatDate(v);
      el.textContent = v || el.getAttribute("data-blank") || BLANK;
      el.classList.toggle("fm-blank", !v);
    });
    this.doc.querySelectorAll("[data-doc-if]").forEach((el) => {
      el.hidden = !this.fields.value(el.getAttribute("data-doc-if"));
    });
  }

  renderList(target) {
    const entries = listEntries(this.fields, target.getAttribute("data-bind-list"));
    target.replaceChildren(...entries.map((text) => {
      const li = document.createElement("li");
      li.textContent = text;
      return li;
    }));
    target.parentNode.hidden = entries.length === 0;
  }

  rowElement(number, row) {
    const tr = document.createElement("tr");
    const cells = [String(number)].concat(this.batch.columns.map((c) => (row[c.name] || "").trim()));
    for (const text of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.appendChild(td);
    }
    return tr;
  }

  renderRows(target, all) {
    const filled = this.batch.filled();
    const shown = all ? filled : filled.slice(0, PREVIEW_ROWS);
    const fragment = document.createDocumentFragment();
    shown.forEach(({ row }, i) => fragment.appendChild(this.rowElement(i + 1, row)));
    if (!shown.length) fragment.appendChild(this.rowElement(1, {}));
    target.replaceChildren(fragment);
    if (this.more) {
      this.more.hidden = shown.length === filled.length;
      this.more.textContent = "预览只列出前" + shown.length + "名职工（共" + filled.length + "名）；打印或另存为 PDF 时列出全部。";
    }
  }

  /** all: every batch row (for printing), not just the first PREVIEW_ROWS. */
  render({ all = false } = {}) {
    this.renderBinds();
    this.doc.querySelectorAll("[data-bind-list]").forEach((el) => this.renderList(el));
    if (this.batch) this.doc.querySelectorAll("[data-bind-rows]").forEach((el) => this.renderRows(el, all));
  }
}
