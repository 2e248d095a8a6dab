// 不予发放告知书 (/staff/workbench/refusal/): the eligibility questions (the calculator's own form and
// reader) go to screening.api.letter in the worker; the letter lists each failed condition with its
// basis and what the person can do. Printed in the browser; nothing is sent or stored.
import { ErrorSummary } from "../calculator/errors.js";
import { fillForm, readForm } from "../calculator/form.js";
import { linkedInputText, parseInput, today } from "../calculator/url.js";
import { show } from "./dom.js";
import { bindBlanks, renderLetter } from "./letter.js";
import { printOnly } from "./print.js";
import { startRuntime } from "./runtime.js";

const root = document.querySelector(".wb-letter[data-worker]");
if (root) {
  const client = startRuntime(root, root.querySelector(".wb-status"));
  const form = root.querySelector(".wb-letter__form");
  const preview = root.querySelector(".wb-letter__preview");
  const doc = preview.querySelector(".wb-doc");
  const errors = new ErrorSummary(form, root.querySelector(".calc-error-summary"));
  bindBlanks(form, doc);
  const linked = parseInput(linkedInputText());
  if (linked) fillForm(form, linked);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.clear();
    let letter;
    try {
      letter = await client.call("screening.api", "letter", [readForm(form), today()]);
    } catch (error) {
      letter = { errors: [{ field: null, message: `告知书没有生成：${error.message || error}` }] };
    }
    if (letter.errors) {
      show(preview, false);
      errors.show(letter.errors);
      return;
    }
    const note = preview.querySelector(".wb-letter__note");
    note.textContent = letter.applicable ? `判断结果：${letter.headline}` : letter.message;
    doc.hidden = !letter.applicable;
    preview.querySelector("[data-action=print]").hidden = !letter.applicable;
    if (letter.applicable) renderLetter(doc, letter);
    preview.dataset.state = letter.applicable ? "letter" : "none";
    show(preview);
    preview.querySelector("#wb-letter-preview-title").focus();
  });
  preview.querySelector("[data-action=print]").addEventListener("click", () => printOnly("letter"));
}
