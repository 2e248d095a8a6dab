// The answer: headline, figures, warnings, the reasons (trace), next steps, sources, what was
// typed, and the share tools. Figures are rendered from the result by the page's config.
import { el, scalar, siteLink } from "./dom.js";
import { field } from "./format.js";
import { shareTools } from "./share.js";

// Result keys that are not figures.
const META = new Set(["calculator", "as_of", "data_version", "headline", "outcome", "trace", "next_steps", "warnings", "sources", "errors"]);

export function renderAnswer(data, input, config, fmt) {
  const frag = document.createDocumentFragment();
  const outcome = /^(yes|no|uncertain|info)$/.test(data.outcome) ? data.outcome : "info";
  frag.append(el("p", { class: `calc-headline calc-outcome--${outcome}`, tabindex: "-1" },
    field("headline", data.headline, data.headline)));
  frag.append(field("outcome", data.outcome, "", true), field("calculator", data.calculator, "", true));
  const figures = figureList(data, config, fmt);
  if (figures.children.length) frag.append(figures);
  if (data.warnings?.length) {
    frag.append(el("h3", {}, "注意"), el("ul", { class: "calc-warnings" }, ...data.warnings.map((w) => el("li", {}, w.text))));
  }
  if (data.trace?.length) {
    frag.append(el("h3", {}, "为什么"), el("ol", { class: "calc-trace" }, ...data.trace.map((step) => traceStep(step, data, config, fmt))));
  }
  if (data.next_steps?.length) frag.append(el("h3", {}, "下一步"), nextSteps(data.next_steps));
  if (data.sources?.length) frag.append(el("h3", {}, "依据"), sourceList(data.sources, fmt));
  frag.append(el("h3", {}, "您填写的内容"), inputSummary(input, config, fmt));
  frag.append(el("p", { class: "calc-meta" },
    "数据版本 ", field("data_version", data.data_version, data.data_version ?? ""),
    "，按 ", field("as_of", data.as_of, fmt.display("as_of", data.as_of)), " 计算。本结果仅供参考，以失业保险经办机构的审核为准。"));
  frag.append(shareTools());
  return frag;
}

function figureList(data, config, fmt) {
  const figures = el("dl", { class: "calc-figures" });
  for (const [key, value] of Object.entries(data)) {
    if (META.has(key)) continue;
    const label = config.outputs[key] || key;
    const dd = scalar(value) ? el("dd", {}, field(key, value, fmt.display(key, value))) : el("dd", {}, fmt.complex(key, value));
    figures.append(el("div", { class: "calc-figure" }, el("dt", {}, label), dd));
  }
  return figures;
}

function nextSteps(steps) {
  return el("ul", { class: "calc-next" }, ...steps.map((s) =>
    el("li", {}, s.link ? el("a", { href: siteLink(s.link) }, s.text) : s.text)));
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
  const section = step.section && config.notice_sections[step.section];
  if (section) {
    if (basis.childNodes.length) basis.append("；");
    basis.append(el("a", { href: siteLink(section.path || `notice/${step.section}/`) }, `通知第${section.number || ""}部分 ${section.title || ""}`.trim()));
  }
  if (basis.childNodes.length) li.append(" ", basis);
  return li;
}

// 您填写的内容: each input by its label, in words.
function inputSummary(input, config, fmt) {
  const dl = el("dl", { class: "calc-figures calc-inputs" });
  for (const [key, value] of Object.entries(input)) {
    const spec = config.inputs[key] || { label: key };
    const text = Array.isArray(value) ? el("ul", {}, ...value.map((item) => el("li", {}, itemSummary(key, item, config, fmt))))
      : fmt.inputText(spec, value);
    dl.append(el("div", { class: "calc-figure" }, el("dt", {}, spec.label), el("dd", {}, text)));
  }
  return dl;
}

function itemSummary(key, item, config, fmt) {
  return Object.entries(item || {}).map(([k, v]) => {
    const spec = config.inputs[`${key}[].${k}`];
    return `${(spec || { label: k }).label}：${fmt.inputText(spec, v)}`;
  }).join("，");
}
