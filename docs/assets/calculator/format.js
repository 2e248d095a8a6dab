// How values read on the answer page: months and dates in words, units, coded values by their
// wording, records by their item labels. All wording comes from the page's config (the calculator's
// OUTPUTS and input spec), none from here.
import { cliText, el, scalar } from "./dom.js";

// Longer lists are folded, so 下一步 stays near the headline.
const OPEN_LIST_ITEMS = 3;

export class Formatter {
  constructor(config) {
    this.config = config;
  }

  // A scalar: "不适用" for null, 是/否, a code's wording, 2025-06 → 2025 年 6 月, with its unit.
  // compact: 2025年6月 without spaces, for table cells.
  display(key, value, { compact = false } = {}) {
    if (value === null || value === undefined) return "不适用";
    if (typeof value === "boolean") return value ? "是" : "否";
    const named = this.config.values[key]?.[value];
    if (named) return named;
    let text = String(value);
    let m;
    const gap = compact ? "" : " ";
    if ((m = /^(\d{4})-(\d{2})$/.exec(text))) text = [m[1], "年", Number(m[2]), "月"].join(gap);
    else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) text = [m[1], "年", Number(m[2]), "月", Number(m[3]), "日"].join(gap);
    return this.config.units[key] ? `${text} ${this.config.units[key]}` : text;
  }

  // A list or a record.
  complex(key, value) {
    if (Array.isArray(value)) {
      if (!value.length) return "无";
      const list = el("ul", {}, ...value.map((item) => el("li", {}, scalar(item) ? this.display(key, item) : this.itemText(key, item))));
      return value.length <= OPEN_LIST_ITEMS ? list : el("details", { class: "calc-list-fold" }, el("summary", {}, `共 ${value.length} 项，点击展开`), list);
    }
    if (value && typeof value === "object") {
      if ("years" in value && "months" in value) return `${value.years} 年${value.months ? ` ${value.months} 个月` : ""}`;
      return this.itemText(key, value);
    }
    return this.display(key, value);
  }

  itemText(key, item) {
    if (typeof item.text === "string") return item.text;
    const labels = Object.fromEntries(this.config.items[key] || []);
    return Object.entries(item).map(([k, v]) => `${labels[k] || k}：${scalar(v) ? this.display(k, v) : JSON.stringify(v)}`).join("，");
  }

  // What the person typed or chose, in words.
  inputText(spec, value) {
    if (typeof value === "boolean") return value ? "是" : "否";
    if (spec?.type === "duration" && typeof value === "number") {
      const years = Math.floor(value / 12);
      return years ? `${years} 年${value % 12 ? ` ${value % 12} 个月` : ""}（${value} 个月）` : `${value} 个月`;
    }
    if (spec?.choices && spec.choices[value]) return spec.choices[value];
    return this.display("", value);
  }

  sourceTitle(id, source) {
    return source?.title || this.config.sources[id]?.title || id;
  }
}

// A figure the tests and scripts can read: data-field = the output's name, data-value = the CLI's text.
export function field(key, value, text, hidden = false) {
  const span = el("span", { "data-field": key, "data-value": cliText(value) }, text);
  if (hidden) span.hidden = true;
  return span;
}
