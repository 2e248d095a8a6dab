// One calculator page: wires the static form (rendered at build time from the input spec) to the
// worker and renders the answers. It knows no calculator: names, fields and wording come from the page.
import { WorkerClient } from "./client.js";
import { el } from "./dom.js";
import { ErrorSummary } from "./errors.js";
import { fillForm, readForm, resetForm } from "./form.js";
import { Formatter } from "./format.js";
import { renderAnswer } from "./answer.js";
import { enhanceList, lists } from "./rows.js";
import { asOfFrom, keepInUrl, linkedInputText, parseInput } from "./url.js";

export class CalculatorPage {
  constructor(root) {
    this.name = root.dataset.calculator;
    this.config = JSON.parse(root.querySelector(".calc-config").textContent);
    this.fmt = new Formatter(this.config);
    this.form = root.querySelector(".calc-form");
    this.status = root.querySelector(".calc-status");
    this.result = root.querySelector('[data-testid="result"]');
    this.answer = this.result.querySelector(".calc-answer");
    this.errors = new ErrorSummary(this.form, root.querySelector(".calc-error-summary"));
    this.fallback = document.querySelector(".calc-fallback");
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
    this.client = new WorkerClient(this.name, root.dataset, {
      onReady: (queued) => this.runtimeReady(queued),
      onFailed: (message) => this.fail(message),
      onAnswer: (job, data) => this.show(job, data),
    });
    this.fromLink();
    // Back/forward (or a script) changing the link's input shows and computes that input.
    window.addEventListener("popstate", () => {
      this.asOf = asOfFrom(new URLSearchParams(location.search));
      resetForm(this.form);
      this.errors.clear();
      this.fromLink();
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.request(readForm(this.form), "submit");
    });
    this.form.addEventListener("change", () => {
      if (this.answered && this.client.state === "ready") this.request(readForm(this.form), "change");
    });
  }

  fromLink() {
    const text = linkedInputText();
    const shared = parseInput(text);
    if (shared) {
      fillForm(this.form, shared);
      this.request(shared, "link");
    } else if (text) {
      this.errors.show([{ field: "", message: "链接中的输入内容无法识别，请在下面重新填写。" }]);
      this.setState("invalid");
      this.countRun();
    }
  }

  request(input, source) {
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
    if (data.errors) return this.showInvalid(job, data.errors);
    this.errors.clear();
    this.answer.replaceChildren(renderAnswer(data, job.input, this.config, this.fmt));
    this.answered = true;
    this.setState("ready");
    this.result.dataset.at = performance.now().toFixed(1); // navigation → this answer
    keepInUrl(job.input);
    this.say(`已算出结果：${data.headline}`, "ready");
    if (job.source === "submit") this.result.querySelector(".calc-headline").focus();
  }

  showInvalid(job, errors) {
    if (job.source === "change") {
      this.say("输入有变动但还不完整，请检查后点击“计算”。", "ready");
      return;
    }
    this.errors.show(errors);
    this.answer.replaceChildren(el("p", {}, "请先修改上面标出的内容，再点击“计算”。"));
    this.answered = false;
    this.setState("invalid");
    this.say(`有 ${errors.length} 处需要修改。`, "ready");
  }

  fail(message) {
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
