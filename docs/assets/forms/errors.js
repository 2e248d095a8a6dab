/* Validation messages the GOV.UK way: a summary at the top linking to each problem, and the same
   message next to the field. errors: [{id, text}], id being the field's element id. */

export const MAX_LISTED = 20;

export class ErrorSummary {
  /** reveal(id): makes the element with that id part of the page (e.g. turns the batch table's page). */
  constructor(root, reveal) {
    this.root = root;
    this.summary = root.querySelector(".fm-error-summary");
    this.list = this.summary.querySelector(".fm-error-summary__list");
    this.reveal = reveal;
    this.title = document.title;
    this.errors = [];
  }

  clear() {
    this.root.querySelectorAll(".fm-error-message").forEach((p) => {
      const input = document.getElementById(p.getAttribute("data-for"));
      if (input) {
        const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && x !== p.id);
        if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
        else input.removeAttribute("aria-describedby");
        input.classList.remove("fm-input--error");
      }
      p.remove();
    });
    this.root.querySelectorAll(".fm-group--error").forEach((g) => g.classList.remove("fm-group--error"));
    this.errors = [];
    this.summary.hidden = true;
    document.title = this.title;
  }

  link(error) {
    const a = document.createElement("a");
    a.href = "#" + error.id;
    a.textContent = error.text;
    a.addEventListener("click", (event) => {
      this.reveal(error.id);
      const target = document.getElementById(error.id);
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView({ block: "center" });
      target.focus();
    });
    return a;
  }

  show(errors) {
    this.errors = errors;
    const items = errors.slice(0, MAX_LISTED).map((error) => {
      const li = document.createElement("li");
      li.appendChild(this.link(error));
      return li;
    });
    if (errors.length > MAX_LISTED) {
      const li = document.createElement("li");
      li.textContent = "还有" + (errors.length - MAX_LISTED) + "处问题未列出，改好上面的问题后再检查一次。";
      items.push(li);
    }
    this.list.replaceChildren(...items);
    this.markInline();
    this.summary.hidden = false;
    document.title = "错误：" + this.title;
    this.summary.focus();
  }

  message(error) {
    const p = document.createElement("p");
    p.className = "fm-error-message";
    p.id = error.id + "-error";
    p.setAttribute("data-for", error.id);
    const hidden = document.createElement("span");
    hidden.className = "fm-visually-hidden";
    hidden.textContent = "错误：";
    p.append(hidden, error.text);
    return p;
  }

  /** Puts each message next to its field, for the fields now in the page (first message per field). */
  markInline() {
    for (const error of this.errors) {
      const input = document.getElementById(error.id);
      if (!input || document.getElementById(error.id + "-error")) continue;
      const p = this.message(error);
      input.classList.add("fm-input--error");
      const group = input.closest(".fm-group");
      if (group) group.classList.add("fm-group--error");
      input.parentNode.insertBefore(p, input);
      const described = input.getAttribute("aria-describedby");
      input.setAttribute("aria-describedby", (described ? described + " " : "") + p.id);
    }
  }
}
