// Questions one step at a time, for calculators that declare steps (calculators/steps.py): one question
// or a small group per step, "第2步，共5步", 上一步 keeping the answers, steps asked only when their
// conditions hold, and a switch to all questions on one page. Without JavaScript every step shows.
import { el } from "./dom.js";

// Does one condition of a step hold for the answers read from the form?
export function holds(cond, input) {
  const value = input[cond.field];
  if (cond.op === "is") return value === cond.value;
  if (cond.op === "is_not") return value !== cond.value; // also while not answered: ask rather than skip
  if (cond.op === "at_least") return typeof value === "number" && value >= cond.value;
  return true;
}

export class StepFlow {
  // steps: the page config's steps; read(): the form's current input.
  constructor(form, steps, read) {
    this.form = form;
    this.steps = steps;
    this.read = read;
    this.boxes = [...form.querySelectorAll(".calc-step")];
    this.index = 0;
    this.active = false;
    this.submit = form.querySelector(".calc-submit");
    this.nav = this.buildNav();
  }

  buildNav() {
    this.progress = el("p", { class: "calc-step__progress", "aria-live": "polite" });
    this.back = el("button", { type: "button", class: "calc-button calc-button--secondary calc-step__back" }, "上一步");
    this.next = el("button", { type: "button", class: "calc-button calc-step__next" }, "继续");
    this.toggle = el("button", { type: "button", class: "calc-link-button calc-step__all", "aria-pressed": "false" }, "在一页上填写全部问题");
    this.back.addEventListener("click", () => this.go(-1));
    this.toggle.addEventListener("click", () => this.setActive(!this.active, true));
    this.form.prepend(el("div", { class: "calc-steps-bar" }, this.toggle));
    this.form.insertBefore(this.progress, this.boxes[0]);
    this.submit.before(this.back, this.next);
    return this;
  }

  // Step by step (true) or all questions on one page (false).
  setActive(on, focus = false) {
    this.active = on;
    this.form.classList.toggle("calc-form--steps", on);
    this.toggle.setAttribute("aria-pressed", String(!on));
    this.toggle.textContent = on ? "在一页上填写全部问题" : "改为一步一步回答";
    if (on) this.show(this.applicable().includes(this.index) ? this.index : 0, focus);
    else this.showAll(focus);
  }

  // Indexes of the steps asked for the answers so far.
  applicable(input = this.read()) {
    return this.steps.map((step, i) => (step.when.every((c) => holds(c, input)) ? i : -1)).filter((i) => i >= 0);
  }

  show(index, focus = true) {
    this.index = index;
    const asked = this.applicable();
    const position = asked.indexOf(index);
    this.boxes.forEach((box, i) => { box.hidden = i !== index; });
    this.progress.hidden = false;
    this.progress.textContent = `第${position + 1}步，共${asked.length}步`;
    const last = position === asked.length - 1;
    this.back.hidden = position === 0;
    this.next.hidden = last;
    this.submit.hidden = !last;
    if (focus) this.focusHeading(index);
  }

  showAll(focus) {
    this.boxes.forEach((box) => { box.hidden = false; });
    this.progress.hidden = this.back.hidden = this.next.hidden = true;
    this.submit.hidden = false;
    if (focus) this.toggle.focus();
  }

  focusHeading(index) {
    const heading = this.boxes[index].querySelector(".calc-step__title");
    heading.focus({ preventScroll: true });
    this.form.scrollIntoView({ block: "start" });
  }

  // The next (+1) or previous (−1) step that is asked; answers stay in the form either way.
  go(direction) {
    const asked = this.applicable();
    const target = asked[asked.indexOf(this.index) + direction];
    if (target !== undefined) this.show(target);
  }

  atLast() {
    const asked = this.applicable();
    return asked.indexOf(this.index) === asked.length - 1;
  }

  // The fields of the current step, to pick its own errors out of the calculator's.
  ownsError(field) {
    return this.stepOf(field) === this.index;
  }

  stepOf(field) {
    const name = String(field || "").split(/[[.]/)[0];
    return this.steps.findIndex((step) => step.fields.includes(name));
  }

  // The input without the answers of steps that are not asked (an earlier answer to a question
  // that no longer applies must not change the result).
  relevant(input) {
    if (!this.active) return input;
    const asked = new Set(this.applicable(input));
    const out = { ...input };
    this.steps.forEach((step, i) => { if (!asked.has(i)) step.fields.forEach((name) => delete out[name]); });
    return out;
  }
}
