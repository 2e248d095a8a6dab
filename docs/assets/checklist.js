/* Checklists: pick a situation to see only the items that apply; ticks are kept in this
   browser's localStorage (key "ui-checklist:<id>"), never sent anywhere. Without this script
   every item stays visible, which is the full checklist.
   Record: {situation: "<situation id>" or "", ticked: ["<item id>", …]}. */
import { isPlainObject, load, remove, save } from "./forms/storage.js";

const NOT_SAVED = {
  full: "本浏览器的存储空间已满，勾选没有保存，关闭页面后不会保留。",
  blocked: "本浏览器不允许保存，勾选在关闭页面后不会保留。",
};
const DAMAGED = "本浏览器中保存的勾选已损坏，已丢弃。";

export function isChecklistRecord(data) {
  return isPlainObject(data) &&
    (data.situation === undefined || typeof data.situation === "string") &&
    (data.ticked === undefined || (Array.isArray(data.ticked) && data.ticked.every((t) => typeof t === "string")));
}

function applies(item, situation) {
  const list = item.getAttribute("data-applies");
  return !situation || list === "all" || list.split(" ").indexOf(situation) >= 0;
}

class Checklist {
  constructor(root) {
    this.root = root;
    this.key = "ui-checklist:" + root.getAttribute("data-checklist");
    this.status = root.querySelector(".cl-status");
    this.radios = root.querySelectorAll(".cl-picker input[type=radio]");
    this.checks = root.querySelectorAll(".cl-check");
    this.notice = "";
    const saved = load(this.key, isChecklistRecord);
    if (saved.state === "damaged") this.notice = DAMAGED;
    const record = saved.state === "ok" ? saved.value : {};
    this.situation = record.situation || "";
    this.ticked = record.ticked || [];
    this.listen();
    root.querySelector(".cl-controls").hidden = false;
    this.show();
  }

  listen() {
    this.radios.forEach((radio) => {
      radio.checked = radio.value === this.situation;
      radio.addEventListener("change", () => {
        if (!radio.checked) return;
        this.situation = radio.value;
        this.save();
      });
    });
    if (!this.root.querySelector(".cl-picker input:checked")) {
      this.situation = "";
      this.radios[0].checked = true;
    }
    this.checks.forEach((box) => {
      box.checked = this.ticked.indexOf(box.getAttribute("data-item")) >= 0;
      box.addEventListener("change", () => {
        const item = box.getAttribute("data-item");
        this.ticked = this.ticked.filter((t) => t !== item);
        if (box.checked) this.ticked.push(item);
        this.save();
      });
    });
    this.root.querySelector(".cl-clear").addEventListener("click", () => this.clear());
    this.root.querySelector(".cl-print").addEventListener("click", () => window.print());
  }

  save() {
    const outcome = save(this.key, { situation: this.situation, ticked: this.ticked });
    this.notice = outcome === "ok" ? "" : NOT_SAVED[outcome];
    this.show();
  }

  clear() {
    this.checks.forEach((box) => { box.checked = false; });
    this.ticked = [];
    remove(this.key);
    this.notice = "已清除本清单的勾选，本浏览器中不再保存。";
    this.show();
  }

  show() {
    let shown = 0;
    let tickable = 0;
    let ticked = 0;
    this.root.querySelectorAll(".cl-item").forEach((item) => {
      item.hidden = !applies(item, this.situation);
      if (item.hidden) return;
      shown += 1;
      const box = item.querySelector(".cl-check");
      if (box) tickable += 1;
      if (box && box.checked) ticked += 1;
    });
    this.root.querySelectorAll(".cl-group").forEach((group) => {
      group.hidden = !group.querySelector(".cl-item:not([hidden])");
    });
    const chosen = this.root.querySelector(".cl-picker input:checked + label");
    const printNote = this.root.querySelector(".cl-print-situation");
    printNote.hidden = !this.situation;
    printNote.textContent = this.situation && chosen ? "按此情况列出：" + chosen.textContent : "";
    const scope = this.situation ? "按您选择的情况" : "全部情况";
    this.status.textContent = this.notice + scope + "共 " + shown + " 项，其中待办 " + tickable + " 项，已勾选 " + ticked + " 项。";
  }
}

document.querySelectorAll(".cl[data-checklist]").forEach((root) => new Checklist(root));
