// The answer, the same for every calculator, in this order (each part marked data-section):
// headline · figures · 下一步 · 注意 (two lines, the rest folded) · 为什么 (folded) · 您填写的内容.
import { el, siteLink } from "./dom.js";
import { field } from "./format.js";
import { figureList } from "./figures.js";
import { shareTools } from "./share.js";

// Longer than this, the first note is cut to two lines on a phone and the full text is folded.
const NOTE_LEAD_CHARS = 40;

export function renderAnswer(data, input, config, fmt, contact) {
  const frag = document.createDocumentFragment();
  frag.append(
    headline(data),
    section("figures", figureList(data, config, fmt)),
    section("next", el("h3", { id: "calc-next-title" }, "下一步"), nextSteps(data.next_steps || [], config, contact)),
  );
  if (data.warnings?.length) frag.append(section("notes", el("h3", {}, "注意"), ...notes(data.warnings)));
  frag.append(why(data, config, fmt), inputsSection(data, input, config, fmt));
  frag.append(el("p", { class: "calc-meta" },
    "数据版本 ", field("data_version", data.data_version, data.data_version ?? ""),
    "，按 ", field("as_of", data.as_of, fmt.display("as_of", data.as_of)), " 计算。本结果仅供参考，以失业保险经办机构的审核为准。"));
  frag.append(shareTools());
  return frag;
}

function section(name, ...children) {
  return el("div", { class: `calc-section calc-section--${name}`, "data-section": name }, ...children);
}

function headline(data) {
  const outcome = /^(yes|no|uncertain|info)$/.test(data.outcome) ? data.outcome : "info";
  return section("headline",
    el("p", { class: `calc-headline calc-outcome--${outcome}`, tabindex: "-1" }, field("headline", data.headline, data.headline)),
    field("outcome", data.outcome, "", true), field("calculator", data.calculator, "", true));
}

// Each step; a link to its page. "12333" anywhere becomes a tel: link. The page's contact line comes last.
function nextSteps(steps, config, contact) {
  const list = el("ul", { class: "calc-next" });
  for (const step of steps) {
    const li = el("li");
    if (step.link && !/12333/.test(step.text)) li.append(el("a", { href: siteLink(step.link) }, step.text));
    else {
      li.append(...withPhone(step.text));
      if (step.link) li.append("（见", el("a", { href: siteLink(step.link) }, config.pages?.[step.link] || "详细说明"), "）");
    }
    list.append(li);
  }
  if (contact) list.append(el("li", { class: "calc-next__contact" }, ...contact.cloneNode(true).childNodes));
  return list;
}

export function withPhone(text) {
  return text.split(/(12333)/).filter(Boolean).map((part) => part === "12333" ? el("a", { href: "tel:12333" }, "12333") : part);
}

// The first note on (at most) two lines; all notes in full one click away.
function notes(warnings) {
  const first = warnings[0].text;
  if (warnings.length === 1 && first.length <= NOTE_LEAD_CHARS) return [el("p", { class: "calc-notes__lead" }, first)];
  return [
    el("p", { class: "calc-notes__lead", "aria-hidden": "true" }, first),
    el("details", { class: "calc-notes__all" },
      el("summary", {}, warnings.length > 1 ? `展开全部 ${warnings.length} 条注意事项` : "展开全文"),
      el("ul", { class: "calc-warnings" }, ...warnings.map((w) => el("li", {}, w.text)))),
  ];
}

// 为什么: the trace step by step with its basis, and the documents relied on. Folded; opened for print.
function why(data, config, fmt) {
  const box = el("details", { class: "calc-section calc-section--why calc-why", "data-section": "why" },
    el("summary", {}, el("h3", { class: "calc-why__title" }, "为什么是这个结果"),
      data.trace?.length ? el("span", { class: "calc-why__count" }, `（共 ${data.trace.length} 步，附依据）`) : ""));
  if (data.trace?.length) box.append(el("ol", { class: "calc-trace" }, ...data.trace.map((step) => traceStep(step, data, config, fmt))));
  if (data.sources?.length) box.append(el("h4", {}, "依据的文件"), sourceList(data.sources, fmt));
  return box;
}

function sourceList(sources, fmt) {
  return el("ul", { class: "calc-sources" }, ...sources.map((s) =>
    el("li", {}, el("a", { href: siteLink(`sources/#${s.id}`) }, fmt.sourceTitle(s.id, s)), s.doc_number ? `（${s.doc_number}）` : "")));
}

function traceStep(step, data, config, fmt) {
  const li = el("li", {}, el("span", { class: "calc-trace-text" }, step.text));
  const basis = el("span", { class: "calc-basis" });
  if (step.source) {
    basis.append("依据：", el("a", { href: siteLink(`sources/#${step.source}`) },
      fmt.sourceTitle(step.source, data.sources?.find((s) => s.id === step.source))), step.article ? ` ${step.article}` : "");
  }
  const part = step.section && config.notice_sections[step.section];
  if (part) {
    if (basis.childNodes.length) basis.append("；");
    basis.append(el("a", { href: siteLink(part.path || `notice/${step.section}/`) }, `通知第${part.number || ""}部分 ${part.title || ""}`.trim()));
  }
  if (basis.childNodes.length) li.append(" ", basis);
  return li;
}

// 您填写的内容: the inputs as the calculator understood them (1968年3月 → 1968 年 3 月), and a way back to the questions.
function inputsSection(data, input, config, fmt) {
  const understood = data.inputs || input;
  const dl = el("dl", { class: "calc-figures calc-inputs" });
  for (const [key, value] of Object.entries(understood)) {
    if (value === null || value === undefined || (Array.isArray(value) && !value.length)) continue;
    const spec = config.inputs[key] || { label: key };
    const text = Array.isArray(value) ? el("ul", {}, ...value.map((item) => el("li", {}, itemSummary(key, item, config, fmt))))
      : fmt.inputText(spec, value);
    const dd = el("dd", { "data-input": key, "data-value": Array.isArray(value) ? "" : String(value) }, text);
    if (!(key in input)) dd.append(el("span", { class: "calc-inputs__default" }, "（未填写，按默认）"));
    dl.append(el("div", { class: "calc-figure" }, el("dt", {}, spec.label), dd));
  }
  return section("inputs", el("h3", {}, "您填写的内容"), dl,
    el("p", {}, el("a", { class: "calc-change", href: "#calc-form" }, "修改填写的内容")));
}

function itemSummary(key, item, config, fmt) {
  return Object.entries(item || {}).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => {
    const spec = config.inputs[`${key}[].${k}`];
    return `${(spec || { label: k }).label}：${fmt.inputText(spec, v)}`;
  }).join("，");
}
