/* The batch table (职工名单). Every row lives in `rows`, an array of {column: text}; only one page
   of them is in the document, so adding, importing or restoring thousands of rows costs one page of
   elements, and a row's number is its place in the array (nothing to renumber).
   Column names, labels, aliases and choices come from the page (the build writes them). */

export const PAGE_SIZE = 20;

function split(text) {
  return text ? text.split("|") : [];
}

/** [{name, label, aliases, required, choices?: [{value, aliases}]}] from the table's header and row. */
export function readColumns(root) {
  const template = root.querySelector(".fm-rows .fm-row");
  return Array.from(root.querySelectorAll(".fm-batch thead th[data-column]"), (th) => {
    const name = th.getAttribute("data-column");
    const control = template.querySelector(".fm-cell[name='" + name + "']");
    const column = { name, label: th.textContent.trim(), aliases: split(th.getAttribute("data-aliases")),
      required: th.hasAttribute("data-required") };
    if (control.tagName === "SELECT") {
      column.choices = Array.from(control.options).filter((o) => o.value)
        .map((o) => ({ value: o.value, aliases: split(o.getAttribute("data-aliases")) }));
    }
    return column;
  });
}

export function cellId(index, name) {
  return "fm-row-" + (index + 1) + "-" + name;
}

/** The row index in an id made by cellId, or -1. */
export function rowOfId(id) {
  const m = /^fm-row-(\d+)-/.exec(id);
  return m ? Number(m[1]) - 1 : -1;
}

/* Cues that the wide table scrolls sideways, shown only while it does (and not as cards). */
function watchOverflow(wrap, cue) {
  if (!wrap || !cue || typeof ResizeObserver === "undefined") return;
  const update = () => {
    const hidden = wrap.scrollWidth - wrap.clientWidth - wrap.scrollLeft;
    cue.hidden = wrap.scrollWidth <= wrap.clientWidth + 1;
    wrap.classList.toggle("fm-table-wrap--more-right", hidden > 1);
  };
  new ResizeObserver(update).observe(wrap);
  wrap.addEventListener("scroll", update, { passive: true });
  update();
}

function pagerOf(root) {
  const nav = root.querySelector(".fm-pager");
  return { nav, prev: nav.querySelector(".fm-page-prev"), next: nav.querySelector(".fm-page-next"),
    select: nav.querySelector(".fm-page-select"), status: nav.querySelector(".fm-page-status") };
}

function blankRow(columns) {
  const row = {};
  for (const c of columns) row[c.name] = "";
  return row;
}

/* Only strings, and for a column with choices only one of them: saved or imported data cannot put
   into a row what its control could not show. */
function cleanRow(columns, values) {
  const row = {};
  for (const c of columns) {
    const v = values && typeof values[c.name] === "string" ? values[c.name] : "";
    row[c.name] = c.choices && v && !c.choices.some((choice) => choice.value === v) ? "" : v;
  }
  return row;
}

export class BatchTable {
  /** onChange(kind) after the rows change: "set", "add" or "remove" (typing in a cell is not reported). */
  constructor(root, columns, onChange) {
    this.columns = columns;
    this.onChange = onChange;
    this.tbody = root.querySelector(".fm-rows");
    this.template = this.tbody.querySelector(".fm-row").cloneNode(true);
    this.pager = pagerOf(root);
    this.labels = {};
    columns.forEach((c) => { this.labels[c.name] = c.label; });
    this.pageListeners = [];
    this.rows = [blankRow(columns)];
    this.page = 0;
    this.optionsFor = "";
    this.listen(root);
    watchOverflow(root.querySelector(".fm-table-wrap"), root.querySelector(".fm-scroll-cue"));
    this.renderPage();
  }

  listen(root) {
    const indexOf = (el) => Number(el.closest(".fm-row").getAttribute("data-index"));
    const store = (event) => {
      const cell = event.target.closest(".fm-cell");
      if (cell && this.tbody.contains(cell)) this.rows[indexOf(cell)][cell.name] = cell.value;
    };
    this.tbody.addEventListener("input", store);
    this.tbody.addEventListener("change", store);
    this.tbody.addEventListener("click", (event) => {
      const button = event.target.closest(".fm-remove-row");
      if (button) this.remove(indexOf(button));
    });
    root.querySelector(".fm-add-row").addEventListener("click", () => this.add());
    this.pager.prev.addEventListener("click", () => this.goTo(this.page - 1));
    this.pager.next.addEventListener("click", () => this.goTo(this.page + 1));
    this.pager.select.addEventListener("change", () => this.goTo(Number(this.pager.select.value)));
  }

  isEmptyRow(row) {
    return this.columns.every((c) => !row[c.name].trim());
  }

  /** All rows, in order (the live array: do not change it). */
  all() {
    return this.rows;
  }

  /** [{index, row}] for the rows with anything typed in. */
  filled() {
    const out = [];
    this.rows.forEach((row, index) => { if (!this.isEmptyRow(row)) out.push({ index, row }); });
    return out;
  }

  /** Called after every page is drawn (e.g. to mark errors in the new cells). */
  onPage(listener) {
    this.pageListeners.push(listener);
  }

  pageCount() {
    return Math.max(1, Math.ceil(this.rows.length / PAGE_SIZE));
  }

  rowElement(index) {
    const tr = this.template.cloneNode(true);
    const n = index + 1;
    tr.setAttribute("data-index", String(index));
    tr.querySelector(".fm-rownum__n").textContent = String(n);
    tr.querySelectorAll(".fm-cell").forEach((cell) => {
      cell.id = cellId(index, cell.name);
      cell.value = this.rows[index][cell.name];
      cell.setAttribute("aria-label", "第" + n + "行 " + this.labels[cell.name]);
      cell.parentNode.querySelector(".fm-cell-label").htmlFor = cell.id;
    });
    tr.querySelector(".fm-remove-row .fm-visually-hidden").textContent = "第" + n + "行";
    return tr;
  }

  rangeText(p) {
    const first = p * PAGE_SIZE + 1;
    return "第" + first + "–" + Math.min(this.rows.length, first + PAGE_SIZE - 1) + "行";
  }

  renderPager() {
    const { nav, select, prev, next, status } = this.pager;
    const count = this.pageCount();
    nav.hidden = count === 1;
    if (count === 1) return;
    if (this.optionsFor !== count + ":" + this.rows.length) {
      this.optionsFor = count + ":" + this.rows.length;
      const options = document.createDocumentFragment();
      for (let p = 0; p < count; p++) options.appendChild(new Option("第" + (p + 1) + "页（" + this.rangeText(p) + "）", String(p)));
      select.replaceChildren(options);
    }
    select.value = String(this.page);
    prev.disabled = this.page === 0;
    next.disabled = this.page === count - 1;
    status.textContent = "本页为" + this.rangeText(this.page) + "，共" + this.rows.length + "行";
  }

  /* A cell still being edited reports its value now (its change event), before the rows move under it. */
  settle() {
    const active = document.activeElement;
    if (active && this.tbody.contains(active)) active.blur();
  }

  renderPage() {
    const start = this.page * PAGE_SIZE;
    const fragment = document.createDocumentFragment();
    for (let i = start; i < Math.min(this.rows.length, start + PAGE_SIZE); i++) fragment.appendChild(this.rowElement(i));
    this.tbody.replaceChildren(fragment);
    this.renderPager();
    this.pageListeners.forEach((listener) => listener());
  }

  goTo(p) {
    const target = Math.min(Math.max(0, p), this.pageCount() - 1);
    if (target === this.page) return;
    this.settle();
    this.page = target;
    this.renderPage();
    if (document.activeElement && document.activeElement.disabled) this.pager.select.focus();
  }

  /** Shows the page holding row `index` (0-based). */
  showRow(index) {
    this.goTo(Math.floor(index / PAGE_SIZE));
  }

  /** Replaces every row (an empty list leaves one blank row); linear in the list's length. */
  set(list) {
    this.settle();
    this.rows = list.length ? list.map((values) => cleanRow(this.columns, values)) : [blankRow(this.columns)];
    this.page = 0;
    this.renderPage();
    this.onChange("set");
  }

  add() {
    this.settle();
    this.rows.push(blankRow(this.columns));
    this.page = this.pageCount() - 1;
    this.renderPage();
    this.tbody.lastElementChild.querySelector(".fm-cell").focus();
    this.onChange("add");
  }

  remove(index) {
    this.settle();
    this.rows.splice(index, 1);
    if (!this.rows.length) this.rows.push(blankRow(this.columns));
    this.page = Math.min(this.page, this.pageCount() - 1);
    this.renderPage();
    const at = Math.min(Math.max(0, index - this.page * PAGE_SIZE), this.tbody.children.length - 1);
    this.tbody.children[at].querySelector(".fm-remove-row").focus();
    this.onChange("remove");
  }
}
