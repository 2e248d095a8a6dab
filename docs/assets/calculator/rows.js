// Repeatable list rows ("添加一行" / "删除第N行"). Rows are numbered by position; ids, names and
// labels follow, so labels and error links stay right. Each change renumbers only the rows it
// moves, so building n rows is O(n).
import { escapeRe } from "./dom.js";

const templates = new WeakMap(); // list → a pristine copy of its first row, taken before any typing

export function lists(form) {
  return [...form.querySelectorAll("[data-list]")];
}

export function rowsOf(list) {
  return list.querySelector(".calc-rows");
}

// Show the add button and handle the remove buttons. `onRemoved(index)` runs after a removal.
export function enhanceList(list, { onAdded = () => {}, onRemoved = () => {} } = {}) {
  templates.set(list, clearRow(rowsOf(list).firstElementChild.cloneNode(true)));
  const add = list.querySelector(".calc-row-add");
  add.hidden = false;
  add.addEventListener("click", () => {
    const row = addRow(list);
    row.querySelector("input").focus();
    onAdded(rowsOf(list).children.length);
  });
  rowsOf(list).addEventListener("click", (event) => {
    const button = event.target.closest(".calc-row-remove");
    if (button) onRemoved(removeRow(list, button.closest(".calc-row")));
  });
  updateRemoveButtons(list);
}

export function addRow(list) {
  const rows = rowsOf(list);
  const row = blankRow(list, rows.children.length);
  rows.append(row);
  updateRemoveButtons(list);
  return row;
}

// Remove a row, move focus to the row now in its place (or the add button); returns its index.
export function removeRow(list, row) {
  const rows = rowsOf(list);
  const index = [...rows.children].indexOf(row);
  row.remove();
  for (let i = index; i < rows.children.length; i++) numberRow(list, rows.children[i], i);
  updateRemoveButtons(list);
  const next = rows.children[Math.min(index, rows.children.length - 1)];
  (next ? next.querySelector("input") : list.querySelector(".calc-row-add")).focus();
  return index;
}

// Exactly `count` rows (at least one): extra rows go, missing blank rows are added in one append.
export function setRowCount(list, count) {
  const rows = rowsOf(list);
  const want = Math.max(1, count);
  while (rows.children.length > want) rows.lastElementChild.remove();
  const added = document.createDocumentFragment();
  for (let i = rows.children.length; i < want; i++) added.append(blankRow(list, i));
  rows.append(added);
  updateRemoveButtons(list);
}

// A new row is never alone, so its remove button shows.
function blankRow(list, index) {
  const template = templates.get(list) || clearRow(rowsOf(list).firstElementChild.cloneNode(true));
  const row = template.cloneNode(true);
  row.querySelector(".calc-row-remove").hidden = false;
  numberRow(list, row, index);
  return row;
}

function clearRow(row) {
  row.querySelectorAll("input").forEach((input) => {
    if (input.type === "radio") input.checked = false;
    else input.value = "";
    input.removeAttribute("aria-invalid");
  });
  row.querySelectorAll(".calc-error-message").forEach((p) => { p.hidden = true; p.textContent = ""; });
  row.querySelectorAll(".calc-group--error").forEach((g) => g.classList.remove("calc-group--error"));
  return row;
}

// Give a row position i: its number, and the i in every id ("f-months-2-paid") and name ("months[2].paid").
function numberRow(list, row, i) {
  const { idStart, idInner, nameStart } = patterns(list);
  row.dataset.row = String(i);
  row.querySelectorAll(".calc-row-number").forEach((span) => { span.textContent = String(i + 1); });
  row.querySelectorAll("[id], [for], [name], [aria-describedby], [data-group]").forEach((node) => {
    for (const attr of ["id", "for", "aria-describedby"]) {
      const value = node.getAttribute(attr);
      if (value) node.setAttribute(attr, value.replace(idStart, `$1-${i}-`).replace(idInner, ` $1-${i}-`));
    }
    for (const attr of ["name", "data-group"]) {
      const value = node.getAttribute(attr);
      if (value) node.setAttribute(attr, value.replace(nameStart, `${list.dataset.list}[${i}]`));
    }
  });
}

const compiled = new WeakMap();
function patterns(list) {
  if (!compiled.has(list)) {
    const base = escapeRe(list.id);
    compiled.set(list, {
      idStart: new RegExp(`^(${base})-\\d+-`),
      idInner: new RegExp(` (${base})-\\d+-`, "g"),
      nameStart: new RegExp(`^${escapeRe(list.dataset.list)}\\[\\d+\\]`),
    });
  }
  return compiled.get(list);
}

// A lone row cannot be removed. Rows after the first are created with their button showing.
function updateRemoveButtons(list) {
  const rows = rowsOf(list).children;
  rows[0].querySelector(".calc-row-remove").hidden = rows.length === 1;
}
