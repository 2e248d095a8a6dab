/* The batch table's CSV panel: export the list, import a file (read here, never uploaded), say what
   the import read differently, and offer 撤销导入 when it replaced rows the user had. */
import { decodeBytes, ImportProblem, parseCsv, toCsv } from "./csv.js";
import { rowsFromTable } from "./import-rows.js";

const EXPORT_NAME = "证岗相适说明-职工名单.csv";
const MAX_NOTES = 12;

/** Rows and notes from a CSV file's bytes; throws ImportProblem with a message for the user. */
export function importBytes(bytes, columns) {
  return rowsFromTable(parseCsv(decodeBytes(bytes)), columns);
}

function download(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export class CsvPanel {
  constructor(root, batch) {
    this.batch = batch;
    this.file = root.querySelector("#fm-csv-file");
    this.status = root.querySelector(".fm-csv-status");
    this.notes = root.querySelector(".fm-csv-notes");
    this.undoBox = root.querySelector(".fm-csv-undo");
    this.before = null;
    root.querySelector(".fm-export").addEventListener("click", () => this.export());
    root.querySelector(".fm-undo-import").addEventListener("click", () => this.undo());
    this.file.addEventListener("change", () => this.read());
  }

  report(text, notes = []) {
    this.status.textContent = text;
    const shown = notes.slice(0, MAX_NOTES);
    if (notes.length > shown.length) shown.push("另有" + (notes.length - shown.length) + "处调整未列出。");
    this.notes.replaceChildren(...shown.map((note) => {
      const li = document.createElement("li");
      li.textContent = note;
      return li;
    }));
    this.notes.hidden = shown.length === 0;
  }

  export() {
    const columns = this.batch.columns;
    const list = this.batch.filled().map(({ row }) => columns.map((c) => row[c.name].trim()));
    download(toCsv(columns.map((c) => c.label), list), EXPORT_NAME);
    this.report("已导出 " + list.length + " 名职工。文件保存在您的电脑上，本站没有收到任何内容。");
  }

  read() {
    const file = this.file.files && this.file.files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      this.file.value = "";
      this.apply(reader.result, file.name);
    };
    reader.onerror = () => {
      this.file.value = "";
      this.report("没有导入，表格未改动：无法读取这个文件。");
    };
    reader.readAsArrayBuffer(file);
  }

  apply(bytes, name) {
    let result;
    try {
      result = importBytes(bytes, this.batch.columns);
    } catch (e) {
      if (!(e instanceof ImportProblem)) throw e;
      this.report("没有导入，表格未改动：" + e.message + "。");
      return;
    }
    const kept = this.batch.filled().length;
    this.before = kept ? this.batch.all().map((row) => ({ ...row })) : null;
    this.batch.set(result.rows);
    this.undoBox.hidden = !kept;
    const replaced = kept ? "，替换了原有的 " + kept + " 名（可撤销）" : "";
    const changed = result.notes.length ? "。以下内容按本站的栏目读取，请核对：" : "。";
    this.report("已从“" + name + "”导入 " + result.rows.length + " 名职工" + replaced + changed, result.notes);
  }

  undo() {
    if (!this.before) return;
    const count = this.before.filter((row) => !this.batch.isEmptyRow(row)).length;
    this.batch.set(this.before);
    this.before = null;
    this.undoBox.hidden = true;
    this.report("已撤销导入，恢复了原有的 " + count + " 名职工。");
    this.file.focus();
  }
}
