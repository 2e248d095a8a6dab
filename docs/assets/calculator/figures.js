// The key figures of an answer, each rendered by its output's `format` (calculators/outputs.py):
// "age" 60岁3个月 · "years_months" 15年6个月 · "months_signed" 3个月 / 已过2个月 · "table" a short table ·
// "" as it comes. A figure with no value (null, empty list) is not shown, but stays readable for scripts.
import { el, scalar } from "./dom.js";
import { field } from "./format.js";

// Result keys that are not figures.
const META = new Set(["calculator", "as_of", "data_version", "headline", "outcome", "trace", "next_steps", "warnings",
  "sources", "errors", "inputs"]);
// So that 下一步 stays near the headline on a phone: the first OPEN_FIGURES key figures show, the rest and
// the outputs the calculator marks key=False (config.folded) are folded under "其他数字"; tables show
// OPEN_TABLE_ROWS rows in all, a longer or later table is folded.
const OPEN_FIGURES = 5;
const OPEN_TABLE_ROWS = 3;

export function figureList(data, config, fmt) {
  const shown = el("dl", { class: "calc-figures" });
  const more = el("dl", { class: "calc-figures" });
  const empty = el("div", { class: "calc-figures__empty", hidden: "" });
  const budget = { rows: OPEN_TABLE_ROWS };
  for (const [key, value] of Object.entries(data)) {
    if (META.has(key)) continue;
    if (value === null || value === undefined) {
      empty.append(field(key, value, "")); // a scalar with no value: data-field still readable
      continue;
    }
    if (Array.isArray(value) && !value.length) continue;
    const label = config.outputs[key] || key;
    const dd = el("dd", {}, figure(key, value, config.formats?.[key] || "", label, config, fmt, budget));
    const open = shown.children.length < OPEN_FIGURES && !config.folded?.includes(key);
    (open ? shown : more).append(el("div", { class: "calc-figure" }, el("dt", {}, label), dd));
  }
  const out = document.createDocumentFragment();
  if (shown.children.length) out.append(shown);
  if (more.children.length) {
    out.append(el("details", { class: "calc-figures-more" }, el("summary", {}, `其他数字（${more.children.length} 项）`), more));
  }
  if (empty.childNodes.length) out.append(empty);
  return out;
}

function figure(key, value, format, label, config, fmt, budget) {
  if (format === "table" && Array.isArray(value)) return table(key, value, label, config, fmt, budget);
  if (format === "months_signed" && typeof value === "number") {
    return field(key, value, value < 0 ? `已过${-value}个月` : fmt.display(key, value));
  }
  if ((format === "age" || format === "years_months") && value && typeof value === "object") {
    return yearsMonths(value, format === "age" ? "岁" : "年");
  }
  return scalar(value) ? field(key, value, fmt.display(key, value)) : fmt.complex(key, value);
}

export function yearsMonths({ years, months }, unit) {
  return `${years}${unit}${months ? `${months}个月` : ""}`;
}

// A list of records as a table: columns are the output's `items`, in their order.
function table(key, rows, label, config, fmt, budget) {
  const columns = config.items[key] || [];
  const head = el("tr", {}, ...columns.map(([, words]) => el("th", { scope: "col" }, words)));
  const body = rows.map((row) => el("tr", {}, ...columns.map(([k]) => el("td", {}, cell(k, row[k], fmt)))));
  const wrap = el("div", { class: "calc-table", role: "region", tabindex: "0", "aria-label": label },
    el("table", {}, el("thead", {}, head), el("tbody", {}, ...body)));
  if (rows.length <= budget.rows) {
    budget.rows -= rows.length;
    return wrap;
  }
  budget.rows = 0;
  return el("details", { class: "calc-table-fold" }, el("summary", {}, `查看${label}（共 ${rows.length} 行）`), wrap);
}

function cell(key, value, fmt) {
  if (value === null || value === undefined) return "—";
  return scalar(value) ? fmt.display(key, value, { compact: true }) : JSON.stringify(value);
}
