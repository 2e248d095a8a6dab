// The refusal letter: the reasons and options Python gave (screening.refusal), laid into the page's
// letter, and the blanks the office fills in bound to their fields (left as lines when empty).
import { el } from "./dom.js";

export function renderLetter(doc, letter) {
  doc.querySelector("[data-part=title]").textContent = letter.title;
  doc.querySelector("[data-part=intro]").textContent = letter.intro;
  doc.querySelector("[data-part=reasons]").replaceChildren(...letter.reasons.map((reason) => el("li", { "data-code": reason.code },
    el("strong", {}, `${reason.title}。`), reason.text,
    ...reason.basis.map((b) => el("span", { class: "wb-doc__basis" }, `依据：${b.label}${b.quote ? `：“${b.quote}”` : ""}。`)))));
  doc.querySelector("[data-part=options]").replaceChildren(...letter.options.map((text) => el("li", {}, text)));
}

export function bindBlanks(form, doc) {
  const fill = () => {
    for (const input of form.querySelectorAll("[data-blank]")) {
      for (const span of doc.querySelectorAll(`[data-bind=${input.dataset.blank}]`)) {
        span.dataset.blankText ??= span.textContent;
        const value = input.value.trim();
        span.textContent = value || span.dataset.blankText;
        span.classList.toggle("wb-doc__filled", Boolean(value));
      }
    }
  };
  form.addEventListener("input", fill);
  fill();
}
