// How values read on the answer page: months and dates in words, units, coded values by their
// wording, records by their item labels. All wording comes from the page's config (the calculator's
// OUTPUTS and input spec), none from here.
import { cliText, el, scalar } from "./dom.js";

export class Formatter {
  constructor(config) {
    this.config = config;
  }

  // A scalar: "不适用" for null, 是/否, a code's wording, 2025-06 → 2025 年 6 月, with its unit.
  display(key, value) {
    if (value === null || value === undefined) return "不适用";
    if (typeof value === "boolean") return value ? "是" : "否";
    const named = this.config.values[key]?.[value];
    if (named) return named;
    let text = String(value);
    let m;
    if ((m = /^(\d{4})-(\d{2})$/.exec(text))) text = `${m[1]} 年 ${Number(m[2])} 月`;
    else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) text = `${m[1]} 年 ${Number(m[2])} 月 ${Number(m[3])} 日`;
    return this.config.units[key] ? `${text} ${this.config.units[key]}` : text;
  }

  // A list or a record.
  complex(key, value) {
    if (Array.isArray(value)) {
      if (!value.length) return "无";
      return el("ul", {}, ...value.map((item) => el("li", {}, scalar(item) ? this.display(key, item) : this.itemText(key, item))));
    }
    if (value && typeof value === "object") {
      if ("years" in value && "months" in value) return `${value.years} 年${value.months ? ` ${value.months} 个月` : ""}`;
      return this.itemText(key, value);
    }
    return this.display(key, value);
  }

  itemText(key, item) {
    if (typeof item.text === "string") return item.text;
    const labels = this.config.items[key] || {};
    return Object.entries(item).map(([k, v]) => `${labels[k] || k}：${scalar(v) ? this.display(k, v) : JSON.stringify(v)}`).join("，");
  }

  // What the person typed or chose, in words.
  inputText(spec, value) {
    if (typeof value === "boolean") return value ? "是" : "否";
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
