// Errors in the GOV.UK pattern: a summary at the top linking to each field, and the message beside
// the field itself (aria-invalid, aria-describedby, a red bar). The page title starts with "错误：".
import { el } from "./dom.js";

export class ErrorSummary {
  // reveal(target): make a field's control visible before it is focused (a question in another step).
  constructor(form, summary, reveal = () => {}) {
    this.form = form;
    this.reveal = reveal;
    this.summary = summary;
    this.list = summary.querySelector(".calc-error-summary__list");
    this.baseTitle = document.title;
  }

  // errors: [{field, message}] as the calculators return them.
  show(errors) {
    this.clear();
    for (const { field, message } of errors) {
      const target = fieldElement(this.form, field);
      this.list.append(el("li", { "data-error-field": field ?? "" }, this.link(target, message)));
      if (target) markField(target, message);
    }
    this.summary.hidden = false;
    document.title = `错误：${this.baseTitle}`;
    this.summary.focus();
  }

  clear() {
    this.summary.hidden = true;
    this.list.replaceChildren();
    document.title = this.baseTitle;
    for (const message of this.form.querySelectorAll(".calc-error-message:not([hidden])")) {
      message.hidden = true;
      message.textContent = "";
      for (const node of this.form.querySelectorAll(`[aria-describedby~="${message.id}"]`)) describe(node, message.id, false);
    }
    this.form.querySelectorAll(".calc-group--error").forEach((g) => g.classList.remove("calc-group--error"));
    this.form.querySelectorAll("[aria-invalid]").forEach((i) => i.removeAttribute("aria-invalid"));
  }

  // A summary link that scrolls to the field and focuses its (first) control.
  link(target, message) {
    const link = el("a", { href: `#${target ? target.id : "calc-form"}` }, message);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const focusable = target && (target.matches("input") ? target : target.querySelector("input"));
      if (focusable) {
        this.reveal(target);
        (target.closest(".calc-group") || target).scrollIntoView({ block: "center" });
        focusable.focus();
      } else {
        this.form.querySelector("input")?.focus();
      }
    });
    return link;
  }
}

// The message beside the field: shown, announced with the controls, the group marked.
function markField(target, message) {
  const group = target.closest(".calc-group");
  const own = group && group.querySelector(`#${CSS.escape(target.id)}-error`);
  if (!own) return;
  own.hidden = false;
  own.textContent = own.textContent ? `${own.textContent} ${message}` : message;
  own.prepend(el("span", { class: "calc-visually-hidden" }, "错误："));
  group.classList.add("calc-group--error");
  // A whole list's problem ("最多填写120项") belongs to the list, not to each of its rows' controls.
  const controls = target.matches("[data-list]") ? [] : group.querySelectorAll("input");
  for (const input of controls) {
    input.setAttribute("aria-invalid", "true");
    describe(input, own.id, true);
  }
  if (target.matches("fieldset")) describe(target, own.id, true);
}

function describe(node, id, on) {
  const ids = new Set((node.getAttribute("aria-describedby") || "").split(" ").filter(Boolean));
  if (on) ids.add(id); else ids.delete(id);
  if (ids.size) node.setAttribute("aria-describedby", [...ids].join(" "));
  else node.removeAttribute("aria-describedby");
}

// "months[2].paid", "months.2.paid" or "months" → the control or fieldset it names.
export function fieldElement(form, field) {
  const match = /^([A-Za-z0-9_]+)(?:\[(\d+)\]|\.(\d+))?(?:\.([A-Za-z0-9_]+))?$/.exec(field || "");
  if (!match) return null;
  const [, key, i1, i2, item] = match;
  const index = i1 ?? i2;
  const id = index !== undefined && item ? `f-${key}-${index}-${item}` : `f-${key}`;
  return form.querySelector(`#${CSS.escape(id)}`) || form.querySelector(`#f-${CSS.escape(key)}`);
}
