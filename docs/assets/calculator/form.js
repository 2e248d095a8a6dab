// The form ↔ the CLI's JSON: read the controls into the calculator's input object, fill them from one.
import { lists, rowsOf, setRowCount } from "./rows.js";

// The form's own controls (not those inside list rows), or one row's controls.
function controls(form, scope) {
  const inputs = [...scope.querySelectorAll("input[name]")];
  return scope === form ? inputs.filter((input) => !input.closest(".calc-row")) : inputs;
}

const BOOLS = { true: true, false: false, unknown: null }; // a bool's third answer "不清楚" is JSON null

function readScope(form, scope, prefix) {
  const out = {};
  for (const input of controls(form, scope)) {
    const key = input.name.slice(prefix.length);
    if (input.type === "radio") {
      if (input.checked) out[key] = input.dataset.type === "bool" ? BOOLS[input.value] : input.value;
    } else if (input.dataset.part) {
      if (input.dataset.part === "years") readDuration(scope, input, key, out);
    } else {
      const text = input.value.trim();
      if (text !== "") out[key] = input.dataset.type === "int" ? number(text) : text;
    }
  }
  return out;
}

function number(text) {
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

// 年 + 个月 boxes: months alone as they are (a number, or text such as 9年6个月), both as {years, months}.
function readDuration(scope, yearsBox, key, out) {
  const monthsBox = scope.querySelector(`input[name="${CSS.escape(yearsBox.name)}"][data-part="months"]`);
  const years = yearsBox.value.trim();
  const months = monthsBox ? monthsBox.value.trim() : "";
  if (years === "" && months === "") return;
  out[key] = years === "" ? number(months) : { years: number(years), months: months === "" ? 0 : number(months) };
}

// The calculator's input object: empty fields left out, empty list rows dropped.
export function readForm(form) {
  const input = readScope(form, form, "");
  for (const list of lists(form)) {
    const rows = [...rowsOf(list).children];
    const items = rows.map((row, i) => readScope(form, row, `${list.dataset.list}[${i}].`))
      .filter((item) => Object.keys(item).length);
    if (items.length) input[list.dataset.list] = items;
  }
  return input;
}

export function fillForm(form, input) {
  for (const [key, value] of Object.entries(input)) {
    const list = form.querySelector(`[data-list="${CSS.escape(key)}"]`);
    if (list && Array.isArray(value)) {
      setRowCount(list, value.length);
      const rows = rowsOf(list).children;
      value.forEach((item, i) => item && typeof item === "object" && fillScope(rows[i], `${key}[${i}].`, item));
    } else {
      fillScope(form, "", { [key]: value });
    }
  }
}

function fillScope(scope, prefix, values) {
  for (const [key, value] of Object.entries(values)) {
    const inputs = [...scope.querySelectorAll(`input[name="${CSS.escape(prefix + key)}"]`)];
    for (const input of inputs) {
      if (input.type === "radio") input.checked = input.value === (value === null ? "unknown" : String(value));
      else if (input.dataset.part) input.value = durationPart(value, input.dataset.part);
      else input.value = value === null || typeof value === "object" ? "" : String(value);
    }
  }
}

function durationPart(value, part) {
  if (value && typeof value === "object") return value[part] === undefined || value[part] === null ? "" : String(value[part]);
  return part === "months" && value !== null && value !== undefined ? String(value) : "";
}

// Back to the page's defaults, with one row per list.
export function resetForm(form) {
  form.reset();
  for (const list of lists(form)) setRowCount(list, 1);
}
