// The summary of a screening: one row per rule with its clause and how many flags it gave.
import { el } from "./dom.js";

export function renderSummary(table, result) {
  const rows = result.summary.map((rule) => el("tr", { "data-rule": rule.rule },
    el("td", {}, rule.title),
    el("td", {}, rule.clause),
    el("td", { "data-count": String(rule.count) }, rule.skipped ? rule.skipped : `${rule.count} 条`)));
  table.querySelector("tbody").replaceChildren(...rows);
}

export function describeRun(result) {
  const rows = Object.entries(result.tables)
    .map(([name, t]) => `${result.labels[name] || name} ${t.count.toLocaleString("zh-CN")} 行`).join("，");
  return `筛查日期 ${result.as_of}；读取 ${rows}；共 ${result.flags.length} 条标记。`;
}

export function titles(result) {
  return Object.fromEntries(result.summary.map((rule) => [rule.rule, rule.title]));
}
