/* 保存到本浏览器: the form's fields and batch rows in localStorage under "ui-form:<kind>", written
   only when the user presses the button, removed by 清除已保存的内容, checked before it is used.
   Record: {fields: {name: text, "name=value": ticked}, rows: [{column: text}] | null}. */
import { isPlainObject, load, remove, save } from "./storage.js";

const MESSAGES = {
  saved: "已保存到本浏览器。下次打开本页会自动填入；在公用电脑上用完后请点“清除已保存的内容”。",
  full: "没有保存：本浏览器的存储空间已满。请在浏览器设置中清理网站数据后再试，或先用“导出 CSV”把名单存成文件。",
  blocked: "没有保存：本浏览器不允许网站保存内容（可能处于无痕模式，或关闭了网站数据）。",
  forgotten: "本浏览器中已没有保存的内容。页面上填写的内容仍在，刷新或关闭页面后消失。",
  restored: "已填入您之前保存在本浏览器的内容。",
  damaged: "本浏览器中保存的内容已损坏，已丢弃；请重新填写。",
};

const isText = (v) => typeof v === "string";

export function isFormRecord(data) {
  if (!isPlainObject(data) || !isPlainObject(data.fields)) return false;
  if (!Object.values(data.fields).every((v) => isText(v) || typeof v === "boolean")) return false;
  if (data.rows === undefined || data.rows === null) return true;
  return Array.isArray(data.rows) && data.rows.every((row) => isPlainObject(row) && Object.values(row).every(isText));
}

function controls(form) {
  return Array.from(form.querySelectorAll("input[name], select[name], textarea[name]"))
    .filter((el) => !el.classList.contains("fm-cell") && el.type !== "file");
}

function snapshot(form, batch) {
  const data = { fields: {}, rows: batch ? batch.all() : null };
  for (const el of controls(form)) {
    if (el.type === "checkbox" || el.type === "radio") data.fields[el.name + "=" + el.value] = el.checked;
    else data.fields[el.name] = el.value;
  }
  return data;
}

function restore(form, batch, data) {
  const has = (key) => Object.prototype.hasOwnProperty.call(data.fields, key);
  for (const el of controls(form)) {
    const key = el.type === "checkbox" || el.type === "radio" ? el.name + "=" + el.value : el.name;
    if (!has(key)) continue;
    if (key === el.name) el.value = String(data.fields[key]);
    else el.checked = Boolean(data.fields[key]);
  }
  if (batch && Array.isArray(data.rows)) batch.set(data.rows);
}

/** Wires the save and forget buttons, and fills the form from a saved record if there is a sound one. */
export function setupSaving(root, kind, batch) {
  const key = "ui-form:" + kind;
  const form = root.querySelector(".fm-form");
  const status = root.querySelector(".fm-storage-status");
  root.querySelector(".fm-save").addEventListener("click", () => {
    const outcome = save(key, snapshot(form, batch));
    status.textContent = MESSAGES[outcome === "ok" ? "saved" : outcome];
  });
  root.querySelector(".fm-forget").addEventListener("click", () => {
    remove(key);
    status.textContent = MESSAGES.forgotten;
  });
  const saved = load(key, isFormRecord);
  if (saved.state === "ok") {
    restore(form, batch, saved.value);
    status.textContent = MESSAGES.restored;
  } else if (saved.state === "damaged") {
    status.textContent = MESSAGES.damaged;
  }
}
