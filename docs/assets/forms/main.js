/* Employer templates (/forms/…): a printable document built from the fields as the user types.
   Privacy: nothing typed here is sent anywhere (no network calls at all) and nothing is stored
   unless the user presses 保存到本浏览器. User text reaches the page only through textContent. */
import { BatchTable, readColumns, rowOfId } from "./batch-table.js";
import { check } from "./checks.js";
import { CsvPanel } from "./csv-panel.js";
import { ErrorSummary } from "./errors.js";
import { Fields } from "./fields.js";
import { Preview } from "./preview.js";
import { setupSaving } from "./saved-form.js";

function mount(root) {
  const kind = root.getAttribute("data-form");
  const fields = new Fields(root);
  let preview = null;
  const render = () => {
    fields.showConditional();
    if (preview) preview.render();
  };
  const hasBatch = Boolean(root.querySelector(".fm-rows"));
  const batch = hasBatch ? new BatchTable(root, readColumns(root), render) : null;
  preview = new Preview(root, fields, batch);
  const errors = new ErrorSummary(root, (id) => {
    if (batch && rowOfId(id) >= 0) batch.showRow(rowOfId(id));
  });
  if (batch) {
    batch.onPage(() => errors.markInline());
    new CsvPanel(root, batch);
  }

  root.querySelector(".fm-print").addEventListener("click", () => {
    render();
    errors.clear();
    const problems = check(kind, fields, batch);
    if (problems.length) return errors.show(problems);
    preview.render({ all: true });
    window.print();
  });
  const form = root.querySelector(".fm-form");
  form.addEventListener("input", render);
  form.addEventListener("change", render);
  setupSaving(root, kind, batch);
  render();
  root.classList.add("fm--js");
}

document.querySelectorAll(".fm[data-form]").forEach(mount);
