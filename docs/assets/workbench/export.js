// CSV export of the flagged rows, one file per input file: the flag's rule, key and message, the row's
// line, then the row as it was. UTF-8 with a BOM, formula-like cells kept as text (forms' toCsv).
import { toCsv } from "../forms/csv.js";
import { download, el } from "./dom.js";

export function flaggedCsv(result, file, titles) {
  const table = result.tables[file];
  const records = [];
  for (const flag of result.flags) {
    if (flag.file !== file) continue;
    for (const line of flag.rows) {
      const cells = table.rows[line];
      if (cells) records.push([titles[flag.rule] || flag.rule, flag.key, flag.message, String(line), ...cells]);
    }
  }
  return { text: toCsv(["规则", "标识", "说明", "行号", ...table.header], records), count: records.length };
}

export function renderExports(box, result, titles) {
  const buttons = Object.keys(result.tables).filter((file) => result.flags.some((f) => f.file === file)).map((file) => {
    const button = el("button", { type: "button", class: "wb-button wb-button--secondary", "data-export": file },
      `导出被标记的行：${result.labels[file] || file}`);
    button.addEventListener("click", () => {
      const { text } = flaggedCsv(result, file, titles);
      download(`标记-${(result.labels[file] || file).replace(/\.csv$/i, "")}.csv`, text);
    });
    return button;
  });
  box.replaceChildren(...buttons);
  if (Object.values(result.tables).some((t) => t.truncated)) {
    box.append(el("span", { class: "wb-hint" }, "标记的行太多，页面只带回了前 20000 行；完整结果请用命令行筛查。"));
  }
}
