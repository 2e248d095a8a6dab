/* From a parsed CSV table to batch rows, tolerant of how people keep their own lists: header names
   and level wording they actually use, in any column order, with extra columns. What was read
   differently from the template is reported back as plain sentences.
   columns: [{name, label, aliases: [..], required, choices?: [{value, aliases: [..]}]}]. */
import { ImportProblem, unguardCell } from "./csv.js";

const MAX_LISTED_ROWS = 5;

/** Text compared without spaces, brackets, punctuation or full-width/half-width differences. */
export function canonical(text) {
  return text.normalize("NFKC").toLowerCase()
    .replace(/[\s()[\]{}<>《》【】"'“”‘’*:,、/\\|·._\-]/g, "");
}

function rowList(numbers) {
  const shown = numbers.slice(0, MAX_LISTED_ROWS).map((n) => "第" + n + "行").join("、");
  return numbers.length > MAX_LISTED_ROWS ? shown + "等" + numbers.length + "行" : shown;
}

function headerIndex(header, columns) {
  const byKey = new Map();
  for (const c of columns) {
    for (const name of [c.label, ...c.aliases]) if (!byKey.has(canonical(name))) byKey.set(canonical(name), c);
  }
  const index = {};
  const notes = [];
  const ignored = [];
  header.forEach((cell, at) => {
    const text = cell.trim();
    const column = text ? byKey.get(canonical(text)) : undefined;
    if (!column) {
      if (text) ignored.push("“" + text + "”");
    } else if (column.name in index) {
      notes.push("“" + column.label + "”一栏在第一行出现了不止一次，只读取了第一次出现的那一列");
    } else {
      index[column.name] = at;
      if (text !== column.label) notes.push("列名“" + text + "”按“" + column.label + "”读取");
    }
  });
  if (ignored.length) notes.push("没有读取这些列：" + ignored.join("、"));
  return { index, notes };
}

function checkHeader(header, columns, index) {
  const missing = columns.filter((c) => c.required && !(c.name in index));
  if (missing.length) {
    const shown = header.filter((h) => h.trim()).slice(0, 8).map((h) => h.trim().slice(0, 20)).join("，");
    const example = missing[0].aliases.find((a) => /[^\x00-\x7f]/.test(a));
    throw new ImportProblem("第一行缺少" + missing.map((c) => "“" + c.label + "”").join("") + "列。第一行应为列名：" +
      columns.map((c) => c.label).join("，") + (example ? "（也可用常见叫法，如“" + example + "”）" : "") +
      (shown ? "；现在是：" + shown : ""));
  }
  return columns.filter((c) => !(c.name in index)).map((c) => "文件中没有“" + c.label + "”列，这一栏留空");
}

function choiceReader(choices) {
  const byKey = new Map();
  for (const c of choices) for (const name of [c.value, ...c.aliases]) byKey.set(canonical(name), c.value);
  return (text) => (text ? byKey.get(canonical(text)) : "");
}

function isBlank(cells) {
  return cells.every((c) => !c.trim());
}

/* Rows after the header (records[start - 1]) as {column: value}; blank records are skipped. */
function readRows(records, start, columns, index) {
  const rows = [];
  const lines = [];
  let blank = 0;
  for (let r = start; r < records.length; r++) {
    const cells = records[r];
    if (isBlank(cells)) { blank += 1; continue; }
    const row = {};
    for (const c of columns) {
      const at = index[c.name];
      row[c.name] = at === undefined || at >= cells.length ? "" : unguardCell(cells[at].trim());
    }
    rows.push(row);
    lines.push(r + 1);
  }
  return { rows, lines, blank };
}

/* A column with fixed choices: other wordings of a choice become the choice (and are reported). */
function normaliseChoices(rows, lines, column) {
  const read = choiceReader(column.choices);
  const name = column.name;
  const changed = new Map();
  const wrong = [];
  rows.forEach((row, k) => {
    const choice = read(row[name]);
    if (choice === undefined) { wrong.push(k); return; }
    if (choice === row[name]) return;
    const key = "“" + row[name] + "”按“" + choice + "”读取";
    if (!changed.has(key)) changed.set(key, []);
    changed.get(key).push(lines[k]);
    row[name] = choice;
  });
  if (wrong.length) {
    const k = wrong[0];
    const others = wrong.length > 1 ? "（另有" + rowList(wrong.slice(1).map((w) => lines[w])) + "也是这样）" : "";
    throw new ImportProblem("第" + lines[k] + "行的“" + column.label + "”应为 " + column.choices.map((c) => c.value).join("、") +
      " 之一，现在是“" + rows[k][name].slice(0, 40) + "”" + others);
  }
  return [...changed].map(([key, numbers]) => column.label + key + "（" + rowList(numbers) + "）");
}

/**
 * Rows from a parsed table, plus notes on everything read differently from the template.
 * Throws ImportProblem when the file cannot be used; then nothing should change.
 */
export function rowsFromTable(records, columns) {
  const first = records.findIndex((cells) => !isBlank(cells));
  if (first < 0) throw new ImportProblem("文件是空的，或第一行没有列名");
  const header = records[first];
  const { index, notes } = headerIndex(header, columns);
  notes.push(...checkHeader(header, columns, index));
  const { rows, lines, blank } = readRows(records, first + 1, columns, index);
  if (!rows.length) throw new ImportProblem("文件中只有第一行的列名，没有职工");
  for (const column of columns) {
    if (column.choices && column.name in index) notes.push(...normaliseChoices(rows, lines, column));
  }
  if (blank) notes.push("跳过了" + blank + "个空行");
  return { rows, notes };
}
