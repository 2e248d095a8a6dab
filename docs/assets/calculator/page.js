// One calculator page: wires the static form (rendered at build time from the input spec) to the
// worker and renders the answers. It knows no calculator: names, fields and wording come from the page.
import { WorkerClient } from "./client.js";
import { el } from "./dom.js";
import { ErrorSummary } from "./errors.js";
import { fillForm, readForm, resetForm } from "./form.js";
import { Formatter } from "./format.js";
import { renderAnswer } from "./answer.js";
import { enhanceList, lists } from "./rows.js";
import { StepFlow } from "./steps.js";
import { inputProblem, textProblem } from "./limits.js";
import { asOfFrom, forgetInput, keepInUrl, linkedInputText, parseInput } from "./url.js";

export class CalculatorPage {
  constructor(root) {
    this.name = root.dataset.calculator;
    this.config = JSON.parse(root.querySelector(".calc-config").textContent);
    this.fmt = new Formatter(this.config);
    this.form = root.querySelector(".calc-form");
    this.status = root.querySelector(".calc-status");
    this.result = root.querySelector('[data-testid="result"]');
    this.answer = this.result.querySelector(".calc-answer");
    this.errors = new ErrorSummary(this.form, root.querySelector(".calc-error-summary"), (target) => this.reveal(target));
    this.root = root;
    this.fallback = document.querySelector(".calc-fallback");
    this.contact = document.querySelector(".calc-contact");
    this.asOf = asOfFrom(new URLSearchParams(location.search));
    this.answered = false;
    this.start(root);
  }

  start(root) {
    this.setState("loading");
    this.say("正在加载计算器，请稍候（首次打开需下载约 6 MB，通常几秒钟）。您可以先填写下面的问题。", "loading");
    for (const list of lists(this.form)) {
      enhanceList(list, {
        onAdded: (count) => this.say(`已添加第 ${count} 行。`, "ready"),
        onRemoved: (index) => this.rowRemoved(index),
      });
    }
    if (this.config.steps?.length) {
      this.flow = new StepFlow(this.form, this.config.steps, () => readForm(this.form));
      this.flow.next.addEventListener("click", () => this.stepForward());
      this.flow.setActive(true);
    }
    this.client = new WorkerClient(this.name, root.dataset, {
      onReady: (queued) => this.runtimeReady(queued),
      onFailed: (message) => this.fail(message),
      onAnswer: (job, data) => this.show(job, data),
    }, backstop());
    this.fromLink();
    // Back/forward, an edited fragment or a script changing the link's input: show and compute that input.
    window.addEventListener("popstate", () => this.linkChanged(true));
    window.addEventListener("hashchange", () => this.linkChanged(false));
    this.result.addEventListener("click", (event) => {
      if (event.target.closest(".calc-change")) this.changeAnswers(event);
    });
    openFoldsForPrint(this.result);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (this.flow?.active && !this.flow.atLast()) this.stepForward(); // Enter in a field: 继续
      else this.request(this.typed(), "submit");
    });
    this.form.addEventListener("change", () => {
      if (this.answered && this.client.state === "ready") this.request(this.typed(), "change");
    });
  }

  linkChanged(always) {
    // Only a link carrying an input counts: an in-page anchor (#…) must not wipe what was typed.
    const text = linkedInputText();
    const asOf = asOfFrom(new URLSearchParams(location.search));
    if (text === null || (!always && `${asOf} ${text}` === this.shown)) return;
    this.asOf = asOf;
    resetForm(this.form);
    this.errors.clear();
    if (text === "") this.clearAnswer(); // an empty input= is no input: the questions afresh, no answer
    else this.fromLink();
  }

  clearAnswer() {
    this.root.classList.remove("calc--answered");
    this.answer.replaceChildren(el("p", {}, "填写上面的问题后，点击“计算”即可看到结果。"));
    this.answered = false;
    this.shown = null;
    if (this.client.state !== "failed") this.setState(this.client.state === "ready" ? "ready" : "loading");
    if (this.flow?.active) this.flow.show(this.flow.applicable()[0], false);
  }

  fromLink() {
    const text = linkedInputText();
    if (text === null || text === "") return;
    const shared = textProblem(text) ? null : parseInput(text);
    const problem = textProblem(text) || (shared ? inputProblem(shared) : "链接中的输入内容无法识别，请在下面重新填写。");
    if (problem) return this.refuse(problem);
    fillForm(this.form, shared);
    this.request(shared, "link");
  }

  // An input that must not reach the worker: say why, as an invalid answer.
  refuse(message) {
    this.errors.show([{ field: "", message }]);
    this.answer.replaceChildren(el("p", {}, "请先修改上面标出的内容，再点击“计算”。"));
    this.answered = false;
    this.setState("invalid");
    this.countRun();
  }

  // The form's input, without the answers to steps that are not asked.
  typed() {
    const input = readForm(this.form);
    return this.flow ? this.flow.relevant(input) : input;
  }

  changeAnswers(event) {
    event.preventDefault();
    if (this.flow?.active) {
      this.clearAnswer();
      forgetInput();
      this.flow.show(this.flow.applicable()[0]);
      return;
    }
    const first = this.form.querySelector("input:not([type=hidden])");
    first.scrollIntoView({ block: "center" });
    first.focus();
  }

  // 继续: check this step's answers with the calculator (when it is ready), then go on.
  stepForward() {
    if (this.client.state !== "ready") {
      this.errors.clear();
      this.flow.go(1);
    } else {
      this.request(this.typed(), "step");
    }
  }

  stepChecked(errors) {
    const own = errors.filter((e) => this.flow.ownsError(e.field));
    if (own.length) {
      this.errors.show(own);
      return;
    }
    this.errors.clear();
    this.flow.go(1);
  }

  // A field in a step not shown: show that step.
  reveal(target) {
    if (!this.flow?.active) return;
    const step = target.closest(".calc-step");
    if (step) this.flow.show(Number(step.dataset.step), false);
  }

  request(input, source) {
    const problem = inputProblem(input);
    if (problem) return this.refuse(problem);
    const sent = this.client.request(input, this.asOf, source);
    if (sent !== "queued") return;
    this.setState("loading");
    if (source === "submit") this.say("计算器还在加载，加载完成后会自动计算，您填写的内容不会丢失。", "loading");
  }

  runtimeReady(queued) {
    this.say("计算器已就绪。", "ready");
    if (!queued) this.setState(this.result.dataset.state === "loading" ? "ready" : this.result.dataset.state);
  }

  rowRemoved(index) {
    this.say(`已删除第 ${index + 1} 行。`, "ready");
    if (this.answered && this.client.state === "ready") this.request(readForm(this.form), "change");
  }

  show(job, data) {
    // Counters and timings for tests and benchmarks/browser_first_answer.py.
    this.countRun();
    this.result.dataset.ms = (performance.now() - job.started).toFixed(1);
    if (job.source === "step") return this.stepChecked(data.errors || []);
    if (data.errors) return this.showInvalid(job, data.errors);
    this.errors.clear();
    this.answer.replaceChildren(renderAnswer(data, job.input, this.config, this.fmt, this.contact));
    this.answered = true;
    this.setState("ready");
    this.result.dataset.at = performance.now().toFixed(1); // navigation → this answer
    keepInUrl(job.input);
    this.shown = `${this.asOf} ${linkedInputText()}`; // what the address bar now says
    this.say(`已算出结果：${data.headline}`, "ready");
    if (this.flow?.active) this.root.classList.add("calc--answered"); // the questions fold away under the answer
    if (job.source === "submit") this.goToHeadline();
    else if (job.source === "link" && this.flow?.active) this.result.querySelector(".calc-headline").scrollIntoView({ block: "start" });
  }

  // Focus the headline and put it at the top of the screen, so 下一步 shows below it.
  goToHeadline() {
    const headline = this.result.querySelector(".calc-headline");
    headline.focus({ preventScroll: true });
    headline.scrollIntoView({ block: "start" });
  }

  showInvalid(job, errors) {
    if (job.source === "change") {
      // The old answer no longer holds: take it down, and its input out of the address bar.
      this.answer.replaceChildren(el("p", {}, "您修改了填写的内容，但还有需要修改的地方，上面的结果已不再适用。请检查后点击“计算”。"));
      this.answered = false;
      this.setState("invalid");
      forgetInput();
      this.shown = null;
      this.say("输入有变动但还不完整，请检查后点击“计算”。", "ready");
      return;
    }
    this.root.classList.remove("calc--answered");
    if (this.flow?.active) this.flow.show(Math.max(0, this.flow.stepOf(errors[0]?.field)), false);
    this.errors.show(errors);
    this.answer.replaceChildren(el("p", {}, "请先修改上面标出的内容，再点击“计算”。"));
    this.answered = false;
    this.setState("invalid");
    this.say(`有 ${errors.length} 处需要修改。`, "ready");
  }

  fail(message) {
    this.root.classList.remove("calc--answered");
    if (this.flow?.active) this.flow.setActive(false); // every question on one page, to check by hand
    this.setState("error");
    this.say("抱歉，计算器无法在您的浏览器中运行。您填写的内容仍然保留，可以按下面的方法自行核对或咨询。", "error");
    this.answer.replaceChildren(el("p", {}, "计算器未能加载，暂时无法给出结果。"));
    if (this.fallback) {
      this.fallback.hidden = false;
      this.answer.append(this.fallback);
    }
    console.warn("calculator runtime unavailable:", message);
  }

  countRun() {
    this.result.dataset.runs = String(Number(this.result.dataset.runs || 0) + 1);
  }

  setState(state) {
    this.result.dataset.state = state;
    this.result.setAttribute("aria-busy", String(state === "loading"));
  }

  say(text, kind) {
    this.status.textContent = text;
    this.status.dataset.kind = kind;
  }
}

// ?backstop=<ms> shortens the main-thread backstop (tests of a runtime that never answers).
function backstop() {
  const ms = Number(new URLSearchParams(location.search).get("backstop"));
  return ms > 0 ? { boot: ms, answer: ms } : {};
}

// Folded parts (为什么, long notes and tables) print open, and close again afterwards. CSS opens them
// in browsers that style ::details-content; this covers the rest.
function openFoldsForPrint(result) {
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...result.querySelectorAll("details:not([open])")];
    opened.forEach((d) => { d.open = true; });
  });
  window.addEventListener("afterprint", () => {
    opened.forEach((d) => { d.open = false; });
    opened = [];
  });
}
