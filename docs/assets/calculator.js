// The one generic calculator runtime. It enhances the static form rendered at build time
// (builder/calculator_pages.py), runs the calculators in calculator-worker.js and renders the
// JSON result. It knows no calculator: names, fields and wording all come from the page.
const root = document.querySelector(".calc[data-calculator]");
const assets = new URL("./", import.meta.url);
const siteRoot = new URL("../", assets);

if (root) main(root);

function main(root) {
  const name = root.dataset.calculator;
  const config = JSON.parse(root.querySelector(".calc-config").textContent);
  const form = root.querySelector(".calc-form");
  const status = root.querySelector(".calc-status");
  const result = root.querySelector('[data-testid="result"]');
  const answer = result.querySelector(".calc-answer");
  const summary = root.querySelector(".calc-error-summary");
  const fallback = document.querySelector(".calc-fallback");
  const baseTitle = document.title;
  const params = new URLSearchParams(location.search);
  let asOf = asOfFrom(params);
  let runtime = "loading"; // loading | ready | failed
  let queued = null; // a request made before the runtime was ready
  let nextId = 1;
  let latest = 0;
  let answered = false;
  const pending = new Map();

  setState("loading");
  say("正在加载计算器，请稍候（首次打开需下载约 6 MB，通常几秒钟）。您可以先填写下面的问题。", "loading");
  lists().forEach(enhanceList);
  let worker = null;
  worker = startWorker();

  fromLink(params);
  // Back/forward (or a script) changing ?input= shows and computes that input.
  window.addEventListener("popstate", () => {
    const now = new URLSearchParams(location.search);
    asOf = asOfFrom(now);
    resetForm();
    fromLink(now);
  });

  function fromLink(query) {
    const shared = parseInput(query.get("input"));
    if (shared) {
      fill(shared);
      request(shared, "link");
    } else if (query.get("input")) {
      showErrors([{ field: "", message: "链接中的输入内容无法识别，请在下面重新填写。" }]);
      setState("invalid");
      result.dataset.runs = String(Number(result.dataset.runs || 0) + 1);
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    request(read(), "submit");
  });
  form.addEventListener("change", () => {
    if (answered && runtime === "ready") request(read(), "change");
  });

  function startWorker() {
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      fail("您的浏览器不支持 WebAssembly");
      return null;
    }
    let w;
    try {
      const url = new URL("calculator-worker.js", assets);
      url.searchParams.set("pyodide", root.dataset.pyodide);
      url.searchParams.set("archive", root.dataset.archive);
      w = new Worker(url, { type: "module" });
    } catch (error) {
      fail(String(error));
      return null;
    }
    w.onmessage = ({ data }) => {
      if (data.type === "ready") {
        runtime = "ready";
        say("计算器已就绪。", "ready");
        if (!queued) setState(result.dataset.state === "loading" ? "ready" : result.dataset.state);
        if (queued) send(queued);
        queued = null;
      } else if (data.type === "failed") {
        fail(data.message);
      } else if (data.type === "result" || data.type === "crashed") {
        const job = pending.get(data.id);
        pending.delete(data.id);
        if (!job || data.id !== latest) return; // an older answer overtaken by a newer request
        if (data.type === "crashed") {
          fail(data.message);
        } else {
          show(job, data.result);
        }
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      fail(event.message || "worker error");
    };
    return w;
  }

  function request(input, source) {
    const job = { id: nextId++, input, source, started: performance.now() };
    latest = job.id;
    if (runtime === "failed") return;
    if (runtime === "loading") {
      queued = job;
      setState("loading");
      if (source === "submit") say("计算器还在加载，加载完成后会自动计算，您填写的内容不会丢失。", "loading");
      return;
    }
    send(job);
  }

  function send(job) {
    pending.set(job.id, job);
    worker.postMessage({ id: job.id, name, input: job.input, as_of: asOf });
  }

  function show(job, data) {
    // Counters and timings for tests and benchmarks/browser_first_answer.py.
    result.dataset.runs = String(Number(result.dataset.runs || 0) + 1);
    result.dataset.ms = (performance.now() - job.started).toFixed(1);
    if (data.errors) {
      if (job.source === "change") {
        say("输入有变动但还不完整，请检查后点击“计算”。", "ready");
        return;
      }
      showErrors(data.errors);
      answer.replaceChildren(el("p", {}, "请先修改上面标出的内容，再点击“计算”。"));
      answered = false;
      setState("invalid");
      say(`有 ${data.errors.length} 处需要修改。`, "ready");
      return;
    }
    clearErrors();
    answer.replaceChildren(renderAnswer(data, job.input));
    answered = true;
    setState("ready");
    result.dataset.at = performance.now().toFixed(1); // navigation → this answer
    keepInUrl(job.input);
    say(`已算出结果：${data.headline}`, "ready");
    if (job.source === "submit") result.querySelector(".calc-headline").focus();
  }

  function fail(message) {
    if (runtime === "failed") return;
    runtime = "failed";
    if (worker) worker.terminate();
    setState("error");
    say("抱歉，计算器无法在您的浏览器中运行。您填写的内容仍然保留，可以按下面的方法自行核对或咨询。", "error");
    answer.replaceChildren(el("p", {}, "计算器未能加载，暂时无法给出结果。"));
    if (fallback) {
      fallback.hidden = false;
      answer.append(fallback);
    }
    console.warn("calculator runtime unavailable:", message);
  }

  function setState(state) {
    result.dataset.state = state;
    result.setAttribute("aria-busy", String(state === "loading"));
  }

  function say(text, kind) {
    status.textContent = text;
    status.dataset.kind = kind;
  }

  // ---- the form ↔ the CLI's JSON ----

  function lists() {
    return [...form.querySelectorAll("[data-list]")];
  }

  // The form's own controls, or one list row's controls.
  function controls(scope) {
    const inputs = [...scope.querySelectorAll("input[name]")];
    return scope === form ? inputs.filter((input) => !input.closest(".calc-row")) : inputs;
  }

  function readScope(scope, prefix) {
    const out = {};
    for (const input of controls(scope)) {
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

  function read() {
    const input = readScope(form, "");
    for (const list of lists()) {
      const rows = [...list.querySelectorAll(":scope > .calc-rows > .calc-row")];
      const items = rows.map((row, i) => readScope(row, `${list.dataset.list}[${i}].`)).filter((item) => Object.keys(item).length);
      if (items.length) input[list.dataset.list] = items;
    }
    return input;
  }

  function resetForm() {
    form.reset();
    for (const list of lists()) {
      const rows = list.querySelector(".calc-rows");
      while (rows.children.length > 1) rows.lastElementChild.remove();
      renumber(list);
    }
    clearErrors();
  }

  function fill(input) {
    for (const [key, value] of Object.entries(input)) {
      const list = form.querySelector(`[data-list="${CSS.escape(key)}"]`);
      if (list && Array.isArray(value)) {
        const rows = list.querySelector(".calc-rows");
        while (rows.children.length < value.length) addRow(list, false);
        value.forEach((item, i) => item && typeof item === "object" && fillScope(rows.children[i], `${key}[${i}].`, item));
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

  // ---- repeatable rows (lists) ----

  function enhanceList(list) {
    const add = list.querySelector(".calc-row-add");
    add.hidden = false;
    add.addEventListener("click", () => addRow(list, true));
    list.querySelector(".calc-rows").addEventListener("click", (event) => {
      const button = event.target.closest(".calc-row-remove");
      if (button) removeRow(list, button.closest(".calc-row"));
    });
    renumber(list);
  }

  function addRow(list, focus) {
    const rows = list.querySelector(".calc-rows");
    const row = rows.firstElementChild.cloneNode(true);
    row.querySelectorAll("input").forEach((input) => {
      if (input.type === "radio") input.checked = false;
      else input.value = "";
      input.removeAttribute("aria-invalid");
    });
    row.querySelectorAll(".calc-error-message").forEach((p) => { p.hidden = true; p.textContent = ""; });
    row.querySelectorAll(".calc-group--error").forEach((g) => g.classList.remove("calc-group--error"));
    rows.append(row);
    renumber(list);
    if (focus) {
      row.querySelector("input").focus();
      say(`已添加第 ${rows.children.length} 行。`, "ready");
    }
  }

  function removeRow(list, row) {
    const rows = list.querySelector(".calc-rows");
    const index = [...rows.children].indexOf(row);
    row.remove();
    renumber(list);
    const next = rows.children[Math.min(index, rows.children.length - 1)];
    (next ? next.querySelector("input") : list.querySelector(".calc-row-add")).focus();
    say(`已删除第 ${index + 1} 行。`, "ready");
    if (answered && runtime === "ready") request(read(), "change");
  }

  // Rows are numbered by position; ids and names follow, so labels and error links stay right.
  function renumber(list) {
    const key = list.dataset.list;
    const base = list.id;
    const rows = [...list.querySelector(".calc-rows").children];
    rows.forEach((row, i) => {
      row.dataset.row = String(i);
      row.querySelectorAll(".calc-row-number").forEach((span) => { span.textContent = String(i + 1); });
      row.querySelector(".calc-row-remove").hidden = rows.length === 1;
      row.querySelectorAll("[id], [for], [name], [aria-describedby], [data-group]").forEach((node) => {
        for (const attr of ["id", "for", "aria-describedby"]) {
          const value = node.getAttribute(attr);
          if (value) node.setAttribute(attr, value.replace(new RegExp(`^(${base})-\\d+-`), `$1-${i}-`).replace(new RegExp(` (${base})-\\d+-`, "g"), ` $1-${i}-`));
        }
        for (const attr of ["name", "data-group"]) {
          const value = node.getAttribute(attr);
          if (value) node.setAttribute(attr, value.replace(new RegExp(`^${escapeRe(key)}\\[\\d+\\]`), `${key}[${i}]`));
        }
      });
    });
  }

  // ---- errors (GOV.UK error summary + messages beside the fields) ----

  function showErrors(errors) {
    clearErrors();
    const list = summary.querySelector(".calc-error-summary__list");
    for (const { field, message } of errors) {
      const target = fieldElement(field);
      const link = el("a", { href: `#${target ? target.id : "calc-form"}` }, message);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const focusable = target && (target.matches("input") ? target : target.querySelector("input"));
        if (focusable) {
          (target.closest(".calc-group") || target).scrollIntoView({ block: "center" });
          focusable.focus();
        } else {
          form.querySelector("input")?.focus();
        }
      });
      list.append(el("li", { "data-error-field": field ?? "" }, link));
      if (!target) continue;
      const group = target.closest(".calc-group");
      const own = group && group.querySelector(`#${CSS.escape(target.id)}-error`);
      if (own) {
        own.hidden = false;
        own.textContent = own.textContent ? `${own.textContent} ${message}` : message;
        own.prepend(el("span", { class: "calc-visually-hidden" }, "错误："));
        group.classList.add("calc-group--error");
        for (const input of group.querySelectorAll("input")) {
          input.setAttribute("aria-invalid", "true");
          describe(input, own.id, true);
        }
        if (target.matches("fieldset")) describe(target, own.id, true);
      }
    }
    summary.hidden = false;
    document.title = `错误：${baseTitle}`;
    summary.focus();
  }

  function clearErrors() {
    summary.hidden = true;
    summary.querySelector(".calc-error-summary__list").replaceChildren();
    document.title = baseTitle;
    for (const message of form.querySelectorAll(".calc-error-message")) {
      message.hidden = true;
      message.textContent = "";
      for (const node of form.querySelectorAll(`[aria-describedby~="${message.id}"]`)) describe(node, message.id, false);
    }
    form.querySelectorAll(".calc-group--error").forEach((g) => g.classList.remove("calc-group--error"));
    form.querySelectorAll("[aria-invalid]").forEach((i) => i.removeAttribute("aria-invalid"));
  }

  function describe(node, id, on) {
    const ids = new Set((node.getAttribute("aria-describedby") || "").split(" ").filter(Boolean));
    if (on) ids.add(id); else ids.delete(id);
    if (ids.size) node.setAttribute("aria-describedby", [...ids].join(" "));
    else node.removeAttribute("aria-describedby");
  }

  // "months[2].paid", "months.2.paid" or "months" → the control or fieldset it names.
  function fieldElement(field) {
    const match = /^([A-Za-z0-9_]+)(?:\[(\d+)\]|\.(\d+))?(?:\.([A-Za-z0-9_]+))?$/.exec(field || "");
    if (!match) return null;
    const [, key, i1, i2, item] = match;
    const index = i1 ?? i2;
    const id = index !== undefined && item ? `f-${key}-${index}-${item}` : `f-${key}`;
    return form.querySelector(`#${CSS.escape(id)}`) || form.querySelector(`#f-${CSS.escape(key)}`);
  }

  // ---- the answer ----

  function renderAnswer(data, input) {
    const frag = document.createDocumentFragment();
    const outcome = /^(yes|no|uncertain|info)$/.test(data.outcome) ? data.outcome : "info";
    frag.append(el("p", { class: `calc-headline calc-outcome--${outcome}`, tabindex: "-1" },
      field("headline", data.headline, data.headline)));
    frag.append(field("outcome", data.outcome, "", true), field("calculator", data.calculator, "", true));

    const meta = new Set(["calculator", "as_of", "data_version", "headline", "outcome", "trace", "next_steps", "warnings", "sources", "errors"]);
    const figures = el("dl", { class: "calc-figures" });
    for (const [key, value] of Object.entries(data)) {
      if (meta.has(key)) continue;
      const label = config.outputs[key] || key;
      const dd = scalar(value) ? el("dd", {}, field(key, value, display(key, value))) : el("dd", {}, complex(key, value));
      figures.append(el("div", { class: "calc-figure" }, el("dt", {}, label), dd));
    }
    if (figures.children.length) frag.append(figures);

    if (data.warnings?.length) {
      frag.append(el("h3", {}, "注意"), el("ul", { class: "calc-warnings" }, ...data.warnings.map((w) => el("li", {}, w.text))));
    }
    if (data.trace?.length) {
      frag.append(el("h3", {}, "为什么"), el("ol", { class: "calc-trace" }, ...data.trace.map((step) => traceStep(step, data))));
    }
    if (data.next_steps?.length) {
      frag.append(el("h3", {}, "下一步"), el("ul", { class: "calc-next" }, ...data.next_steps.map((s) =>
        el("li", {}, s.link ? el("a", { href: siteLink(s.link) }, s.text) : s.text))));
    }
    if (data.sources?.length) {
      frag.append(el("h3", {}, "依据"), el("ul", { class: "calc-sources" }, ...data.sources.map((s) =>
        el("li", {}, el("a", { href: siteLink(`sources/#${s.id}`) }, sourceTitle(s.id, s)), s.doc_number ? `（${s.doc_number}）` : ""))));
    }
    frag.append(el("h3", {}, "您填写的内容"), inputSummary(input));
    frag.append(el("p", { class: "calc-meta" },
      "数据版本 ", field("data_version", data.data_version, data.data_version ?? ""),
      "，按 ", field("as_of", data.as_of, display("as_of", data.as_of)), " 计算。本结果仅供参考，以失业保险经办机构的审核为准。"));
    frag.append(shareTools());
    return frag;
  }

  function traceStep(step, data) {
    const li = el("li", {}, el("span", { class: "calc-trace-text" }, step.text));
    const basis = el("span", { class: "calc-basis" });
    if (step.source) {
      basis.append("依据：", el("a", { href: siteLink(`sources/#${step.source}`) },
        sourceTitle(step.source, data.sources?.find((s) => s.id === step.source))), step.article ? ` ${step.article}` : "");
    }
    const section = step.section && config.notice_sections[step.section];
    if (section) {
      if (basis.childNodes.length) basis.append("；");
      basis.append(el("a", { href: siteLink(section.path || `notice/${step.section}/`) }, `通知第${section.number || ""}部分 ${section.title || ""}`.trim()));
    }
    if (basis.childNodes.length) li.append(" ", basis);
    return li;
  }

  function inputSummary(input) {
    const dl = el("dl", { class: "calc-figures calc-inputs" });
    for (const [key, value] of Object.entries(input)) {
      const spec = config.inputs[key] || { label: key };
      let text;
      if (Array.isArray(value)) {
        text = el("ul", {}, ...value.map((item) => el("li", {}, Object.entries(item || {}).map(([k, v]) =>
          `${(config.inputs[`${key}[].${k}`] || { label: k }).label}：${inputText(config.inputs[`${key}[].${k}`], v)}`).join("，"))));
      } else {
        text = inputText(spec, value);
      }
      dl.append(el("div", { class: "calc-figure" }, el("dt", {}, spec.label), el("dd", {}, text)));
    }
    return dl;
  }

  function inputText(spec, value) {
    if (typeof value === "boolean") return value ? "是" : "否";
    if (spec?.choices && spec.choices[value]) return spec.choices[value];
    return display("", value);
  }

  function shareTools() {
    const box = el("div", { class: "calc-share" });
    const copy = el("button", { type: "button", class: "calc-button calc-button--secondary" }, "复制本页链接");
    const print = el("button", { type: "button", class: "calc-button calc-button--secondary" }, "打印结果");
    const note = el("p", { class: "calc-share-note", role: "status" });
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        note.textContent = "链接已复制，可以粘贴发送给他人。";
      } catch {
        const label = el("label", { for: "calc-share-url" }, "本页链接（已选中，请复制）：");
        const field = el("input", { id: "calc-share-url", class: "calc-input", type: "text", readonly: "" });
        field.value = location.href;
        note.replaceChildren(label, field);
        field.focus();
        field.select();
      }
    });
    print.addEventListener("click", () => window.print());
    box.append(copy, print, note);
    return box;
  }

  function field(key, value, text, hidden = false) {
    const span = el("span", { "data-field": key, "data-value": cliText(value) }, text);
    if (hidden) span.hidden = true;
    return span;
  }

  function complex(key, value) {
    if (Array.isArray(value)) {
      if (!value.length) return "无";
      return el("ul", {}, ...value.map((item) => el("li", {}, scalar(item) ? display(key, item) : itemText(key, item))));
    }
    if (value && typeof value === "object") {
      if ("years" in value && "months" in value) return `${value.years} 年${value.months ? ` ${value.months} 个月` : ""}`;
      return itemText(key, value);
    }
    return display(key, value);
  }

  function itemText(key, item) {
    if (typeof item.text === "string") return item.text;
    const labels = config.items[key] || {};
    return Object.entries(item).map(([k, v]) => `${labels[k] || k}：${scalar(v) ? display(k, v) : JSON.stringify(v)}`).join("，");
  }

  function display(key, value) {
    if (value === null || value === undefined) return "不适用";
    if (typeof value === "boolean") return value ? "是" : "否";
    const named = config.values[key]?.[value];
    if (named) return named;
    let text = String(value);
    let m;
    if ((m = /^(\d{4})-(\d{2})$/.exec(text))) text = `${m[1]} 年 ${Number(m[2])} 月`;
    else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) text = `${m[1]} 年 ${Number(m[2])} 月 ${Number(m[3])} 日`;
    return config.units[key] ? `${text} ${config.units[key]}` : text;
  }

  function sourceTitle(id, source) {
    return source?.title || config.sources[id]?.title || id;
  }

  function keepInUrl(input) {
    const url = new URL(location.href);
    url.searchParams.set("input", JSON.stringify(input));
    history.replaceState(history.state, "", url);
  }
}

// ---- helpers ----

function scalar(value) {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function cliText(value) {
  return value === null || value === undefined ? "" : String(value);
}

function siteLink(path) {
  return new URL(path.replace(/^\//, ""), siteRoot).href;
}

function parseInput(text) {
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function asOfFrom(query) {
  return /^\d{4}-\d{2}-\d{2}$/.test(query.get("as_of") || "") ? query.get("as_of") : today();
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function escapeRe(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) if (child !== null && child !== undefined && child !== "") node.append(child);
  return node;
}
