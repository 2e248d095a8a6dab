// 审核期限看板: the pasted list or a chosen file goes to screening.api.board (the deadline calculator,
// row by row); the table shows the most urgent first; export to CSV and print.
import { toCsv } from "../forms/csv.js";
import { today } from "../calculator/url.js";
import { download, el, setList, show } from "./dom.js";
import { printOnly } from "./print.js";

export class BoardPanel {
  constructor(root, client) {
    this.client = client;
    this.form = root.querySelector(".wb-board__form");
    this.text = this.form.querySelector("#wb-board-text");
    this.file = this.form.querySelector("#wb-board-file");
    this.errors = root.querySelector(".wb-board__errors");
    this.result = root.querySelector(".wb-board__result");
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.run();
    });
    root.querySelector("[data-action=board-export]").addEventListener("click", () => this.export());
    root.querySelector("[data-action=board-print]").addEventListener("click", () => printOnly("board"));
  }

  async run() {
    const source = this.file.files[0] || this.text.value;
    let board;
    try {
      board = await this.client.call("screening.api", "board", [source, today()]);
    } catch (error) {
      board = { rows: [], errors: [`看板没有生成：${error.message || error}`], counts: {}, caveats: [] };
    }
    this.board = board;
    setList(this.errors.querySelector(".wb-errors__list"), board.errors);
    show(this.errors, board.errors.length > 0);
    show(this.result, board.rows.length > 0);
    if (board.rows.length) this.draw(board);
  }

  draw(board) {
    const { overdue = 0, soon = 0, ok = 0 } = board.counts;
    this.result.querySelector(".wb-board__meta").textContent =
      `按 ${board.as_of} 计：已超期 ${overdue} 笔，3个工作日内到期 ${soon} 笔，未到期 ${ok} 笔。`;
    this.result.querySelector("tbody").replaceChildren(...board.rows.map((row) => el("tr", { "data-status": row.status },
      el("td", {}, row.id), el("td", {}, row.received),
      el("td", { "data-due": row.due }, row.due, row.provisional ? el("span", { class: "wb-tag" }, "暂定") : ""),
      el("td", {}, left(row.left)), el("td", {}, row.status_label))));
    setList(this.result.querySelector(".wb-board__caveats"), board.caveats);
    this.result.querySelector("#wb-board-title").focus();
  }

  export() {
    const rows = this.board.rows.map((r) => [r.id, r.received, r.due, String(r.left), r.status_label, r.provisional ? "是" : "否"]);
    download(`审核期限看板-${this.board.as_of}.csv`, toCsv(["编号", "收到日期", "办结期限", "剩余工作日", "状态", "暂定"], rows));
  }

  listText() {
    return this.text.value;
  }

  restore(text) {
    this.text.value = text || "";
  }

  clear() {
    this.text.value = "";
    this.file.value = "";
    this.board = null;
    show(this.result, false);
    show(this.errors, false);
  }
}

function left(days) {
  if (days < 0) return `已超过 ${-days} 个工作日`;
  return days === 0 ? "今天到期" : `${days} 个工作日`;
}
