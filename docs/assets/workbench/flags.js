// The flags table: one row per flag with its rows' data folded under it; sortable by each column,
// filtered by rule and by text; drawn a page at a time so thousands of flags stay responsive.
import { el } from "./dom.js";

const PAGE = 200;
const ROWS_SHOWN = 20;

export class FlagsTable {
  constructor(section) {
    this.table = section.querySelector(".wb-flags");
    this.body = this.table.querySelector("tbody");
    this.ruleFilter = section.querySelector("#wb-filter-rule");
    this.textFilter = section.querySelector("#wb-filter-text");
    this.count = section.querySelector(".wb-filter__count");
    this.sort = { key: "rule", dir: 1 };
    this.ruleFilter.addEventListener("change", () => this.draw());
    this.textFilter.addEventListener("input", () => this.draw());
    for (const button of this.table.querySelectorAll(".wb-sort")) {
      button.addEventListener("click", () => this.sortBy(button.dataset.sort));
    }
  }

  load(result, titles) {
    this.result = result;
    this.titles = titles;
    this.order = Object.keys(titles);
    const options = result.summary.filter((r) => r.count).map((r) => el("option", { value: r.rule }, `${r.title}（${r.count}）`));
    this.ruleFilter.replaceChildren(el("option", { value: "" }, "全部规则"), ...options);
    this.draw();
  }

  sortBy(key) {
    this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : 1 };
    for (const th of this.table.querySelectorAll("th[aria-sort]")) {
      const on = th.querySelector(".wb-sort").dataset.sort === key;
      th.setAttribute("aria-sort", on ? (this.sort.dir === 1 ? "ascending" : "descending") : "none");
    }
    this.draw();
  }

  value(flag, key) {
    if (key === "rule") return this.order.indexOf(flag.rule);
    if (key === "line") return flag.rows[0] || 0;
    return String(flag[key]);
  }

  visible() {
    const rule = this.ruleFilter.value;
    const text = this.textFilter.value.trim();
    const { key, dir } = this.sort;
    return this.result.flags
      .filter((f) => (!rule || f.rule === rule) && (!text || this.matches(f, text)))
      .sort((a, b) => {
        const x = this.value(a, key);
        const y = this.value(b, key);
        return (x < y ? -1 : x > y ? 1 : 0) * dir;
      });
  }

  matches(flag, text) {
    if (flag.key.includes(text) || flag.message.includes(text)) return true;
    const rows = this.result.tables[flag.file]?.rows || {};
    return flag.rows.some((line) => (rows[line] || []).some((cell) => cell.includes(text)));
  }

  draw(limit = PAGE) {
    const flags = this.visible();
    this.body.replaceChildren(...flags.slice(0, limit).map((flag) => this.row(flag)));
    this.count.textContent = `显示 ${Math.min(limit, flags.length)} / ${flags.length} 条标记`;
    if (flags.length > limit) {
      const more = el("button", { type: "button", class: "wb-button wb-button--secondary" }, "显示更多");
      more.addEventListener("click", () => this.draw(limit + PAGE));
      this.body.append(el("tr", {}, el("td", { colspan: "5" }, more)));
    }
  }

  row(flag) {
    const lines = flag.rows.slice(0, 5).join("、") + (flag.rows.length > 5 ? ` 等${flag.rows.length}行` : "");
    const extra = flag.cross_province ? el("strong", { class: "wb-tag" }, "跨省") : "";
    return el("tr", { "data-rule": flag.rule, "data-key": flag.key, "data-rows": flag.rows.join(",") },
      el("td", {}, this.titles[flag.rule] || flag.rule),
      el("td", { class: "wb-key" }, flag.key, extra),
      el("td", {}, `${this.result.labels[flag.file] || flag.file} 第${lines}行`),
      el("td", {}, flag.message),
      el("td", {}, this.details(flag)));
  }

  details(flag) {
    const table = this.result.tables[flag.file];
    if (!table) return "";
    const lines = flag.rows.slice(0, ROWS_SHOWN);
    const head = el("tr", {}, el("th", { scope: "col" }, "行号"), ...table.header.map((h) => el("th", { scope: "col" }, h)));
    const body = lines.map((line) => el("tr", {}, el("td", {}, String(line)),
      ...(table.rows[line] || []).map((cell) => el("td", {}, cell))));
    const more = flag.rows.length > ROWS_SHOWN ? el("p", {}, `另有 ${flag.rows.length - ROWS_SHOWN} 行，请导出后查看。`) : "";
    return el("details", { class: "wb-rowdata" }, el("summary", {}, `查看${flag.rows.length}行数据`),
      el("table", { class: "wb-table wb-table--inner" }, el("thead", {}, head), el("tbody", {}, ...body)), more);
  }
}
