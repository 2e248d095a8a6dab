/* CSV files as spreadsheets write them: bytes → text → table of strings, and a table → CSV text.
   Excel saves "CSV" as UTF-8 (with a BOM) or, in Chinese Windows, GBK; "Unicode 文本" is UTF-16 LE
   with a BOM and tabs between cells. Every problem is an ImportProblem with a message for the user. */

export class ImportProblem extends Error {}

export const MAX_BYTES = 50 * 1024 * 1024;

const SIGNATURES = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];
const NOT_TEXT = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], message: "这是 Excel 工作簿（.xlsx）或压缩文件，不是 CSV 文件。请在 Excel 或 WPS 中“另存为”CSV 后再导入" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], message: "这是旧版 Excel 工作簿（.xls），不是 CSV 文件。请在 Excel 或 WPS 中“另存为”CSV 后再导入" },
];

function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}

/* UTF-16 without a BOM: in Chinese or Latin text, one byte of nearly every pair is zero or small. */
function guessUtf16(bytes) {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero += 1;
    if (sample[i + 1] === 0) oddZero += 1;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZero > pairs * 0.3 && evenZero === 0) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero === 0) return "utf-16be";
  return null;
}

function chooseEncoding(bytes) {
  const signed = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signed) return { encoding: signed.encoding, strict: true };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { encoding: utf16, strict: true };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { encoding: "utf-8", strict: true };
  } catch (e) {
    return { encoding: "gb18030", strict: false }; // what Excel in Chinese calls "CSV"
  }
}

/** The text of a CSV file's bytes (ArrayBuffer or Uint8Array). */
export function decodeBytes(buffer) {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (!bytes.length) throw new ImportProblem("文件是空的");
  if (bytes.length > MAX_BYTES) throw new ImportProblem("文件超过 50 MB，请把名单分成几个文件");
  const binary = NOT_TEXT.find((s) => startsWith(bytes, s.bytes));
  if (binary) throw new ImportProblem(binary.message);
  const { encoding, strict } = chooseEncoding(bytes);
  let text;
  try {
    text = new TextDecoder(encoding, { fatal: strict }).decode(bytes); // the BOM is dropped here
  } catch (e) {
    throw new ImportProblem("文件的文字编码有误（按 " + encoding.toUpperCase() + " 读不通），请在表格软件中重新保存为 CSV");
  }
  if (text.indexOf("\u0000") >= 0) throw new ImportProblem("文件中有非文字内容，不是 CSV 或制表符分隔的文本文件");
  return text.replace(/^\uFEFF/, "");
}

/* The separator is whichever of tab, comma or semicolon the header line (outside quotes) uses most. */
export function detectDelimiter(text) {
  const counts = { "\t": 0, ",": 0, ";": 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const ch = text[i];
    if (ch === "\"") quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch] += 1;
  }
  if (counts["\t"] > 0 && counts["\t"] >= counts[","]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}

function lineOf(text, position) {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < position; i = text.indexOf("\n", i + 1)) line += 1;
  return line;
}

/* A quoted cell from the quote at `start`; returns [value, index after the closing quote]. */
function readQuoted(text, start) {
  const parts = [];
  let from = start + 1;
  for (;;) {
    const q = text.indexOf("\"", from);
    if (q < 0) throw new ImportProblem("文件第" + lineOf(text, start) + "行有一个引号没有配对，请检查后重新保存为 CSV");
    if (text.charCodeAt(q + 1) === 34) {
      parts.push(text.slice(from, q + 1));
      from = q + 2;
    } else {
      parts.push(text.slice(from, q));
      return [parts.join(""), q + 1];
    }
  }
}

/**
 * The table in CSV text: an array of records (arrays of cell strings), blank lines kept as [""]
 * so that record numbers match the rows a spreadsheet shows. Linear in the text's length.
 */
export function parseCsv(text, delimiter = detectDelimiter(text)) {
  const stop = new RegExp(delimiter === "\t" ? "[\\t\\r\\n]" : "[" + delimiter + "\\r\\n]", "g");
  const records = [];
  let record = [];
  let i = 0;
  while (i <= text.length) {
    let cell = "";
    if (text.charCodeAt(i) === 34) [cell, i] = readQuoted(text, i);
    stop.lastIndex = i;
    const found = stop.exec(text);
    const end = found ? found.index : text.length;
    record.push(cell + text.slice(i, end)); // text after a closing quote is kept, as spreadsheets do
    i = end;
    if (i >= text.length) break;
    if (text[i] === delimiter) { i += 1; continue; }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    records.push(record);
    record = [];
    if (i >= text.length) return records;
  }
  records.push(record);
  return records;
}

// A cell that a spreadsheet would run as a formula (= + - @, also full-width, also after spaces or
// line breaks) gets a leading ' so it stays text; import takes the ' off again.
const FORMULA = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r\n]/;

export function guardCell(value) {
  return FORMULA.test(value) ? "'" + value : value;
}

export function unguardCell(value) {
  return value.charAt(0) === "'" && FORMULA.test(value.slice(1)) ? value.slice(1) : value;
}

function quote(value) {
  const v = guardCell(value);
  return /[",;\t\r\n]/.test(v) ? "\"" + v.replace(/"/g, "\"\"") + "\"" : v;
}

/** CSV text Excel opens as UTF-8 (leading BOM), CRLF line ends, every formula-like cell guarded. */
export function toCsv(header, records) {
  const lines = [header.map(quote).join(",")];
  for (const record of records) lines.push(record.map(quote).join(","));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
