// "复制本页链接" (clipboard, or a selected field to copy by hand) and "打印结果".
import { el } from "./dom.js";

export function shareTools() {
  const box = el("div", { class: "calc-share" });
  const copy = el("button", { type: "button", class: "calc-button calc-button--secondary" }, "复制本页链接");
  const print = el("button", { type: "button", class: "calc-button calc-button--secondary" }, "打印结果");
  const note = el("p", { class: "calc-share-note", role: "status" });
  copy.addEventListener("click", () => copyLink(note));
  print.addEventListener("click", () => window.print());
  box.append(copy, print, note);
  return box;
}

async function copyLink(note) {
  try {
    await navigator.clipboard.writeText(location.href);
    note.textContent = "链接已复制，可以粘贴发送给他人。";
  } catch {
    const label = el("label", { for: "calc-share-url" }, "本页链接（已选中，请复制）：");
    const field = el("input", { id: "calc-share-url", class: "calc-input", type: "text", readonly: "" });
    field.value = location.href;
    note.replaceChildren(label, field);
    field.focus();
    field.select();
  }
}
