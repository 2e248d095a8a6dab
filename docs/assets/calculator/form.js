// The form ↔ the CLI's JSON: read the controls into the calculator's input object, fill them from one.
import { lists, rowsOf, setRowCount } from "./rows.js";

// The form's own controls (not those inside list rows), or one row's controls.
function controls(form, scope) {
  const inputs = [...scope.querySelectorAll("input[name]")];
  return scope === form ? inputs.filter((input) => !input.closest(".calc-row")) : inputs;
}

function readScope(form, scope, prefix) {
  const out = {};
  for (const input of controls(form, scope)) {
    const key = input.name.slice(prefix.length);
    if (input.type === "radio") {
      if (input.checked) out[key] = input.dataset.type === "bool" ? input.value === "true" : input.value;
      continue;
    }
    const text = input.value.trim();
    if (text === "") continue;
    out[key] = input.dataset.type === "int" && /^-?\d+$/.test(text) ? Number(text) : text;
  }
  return out;
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
      if (input.type === "radio") input.checked = input.value === String(value);
      else input.value = value === null || typeof value === "object" ? "" : String(value);
    }
  }
}

// Back to the page's defaults, with one row per list.
export function resetForm(form) {
  form.reset();
  for (const list of lists(form)) setRowCount(list, 1);
}
