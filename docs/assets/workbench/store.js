// 保存到本浏览器 / 清除: only when the user asks, the thresholds and the board's list are kept in this
// browser's localStorage (forms' storage module); 清除 removes them and empties the page.
import { isPlainObject, load, remove, save } from "../forms/storage.js";

const KEY = "ui-workbench";
const SAID = {
  ok: "已保存到本浏览器：筛查阈值和看板清单。文件和筛查结果不保存。",
  full: "没有保存：本浏览器的存储空间已满。",
  blocked: "没有保存：本浏览器不允许网站保存内容（例如无痕模式）。",
};

export class Storage {
  constructor(box, { read, restore, clear }) {
    this.status = box.querySelector(".wb-storage__status");
    box.querySelector("[data-action=save]").addEventListener("click", () => {
      this.status.textContent = SAID[save(KEY, read())];
    });
    box.querySelector("[data-action=clear]").addEventListener("click", () => {
      remove(KEY);
      clear();
      this.status.textContent = "已清除：本页的文件、结果和看板，以及本浏览器里保存的内容。";
    });
    const stored = load(KEY, isPlainObject);
    if (stored.state === "ok") {
      restore(stored.value);
      this.status.textContent = "已读取本浏览器里保存的筛查阈值和看板清单。";
    }
  }
}
