// Risk screening: the chosen files (or the sample) and the thresholds go to screening.api.screen in
// the worker; the page shows progress, then the summary, charts, flags table and exports.
import { Charts } from "./charts.js";
import { setList, show, watchScroll } from "./dom.js";
import { FilePicker } from "./files.js";
import { FlagsTable } from "./flags.js";
import { renderExports } from "./export.js";
import { Progress } from "./progress.js";
import { describeRun, renderSummary, titles } from "./summary.js";
import { Thresholds } from "./thresholds.js";

const SAMPLE = [4000, 1000, 1];   // claims, subsidies, seed of the generated example

export class ScreeningPanel {
  constructor(root, client) {
    this.root = root;
    this.client = client;
    this.form = root.querySelector(".wb-files");
    this.asOf = this.form.querySelector("#wb-as-of");
    this.picker = new FilePicker(this.form, () => {});
    this.progress = new Progress(root.querySelector(".wb-progress"));
    this.errors = root.querySelector(".wb-errors");
    this.results = root.querySelector(".wb-results");
    this.table = new FlagsTable(this.results);
    this.charts = new Charts(this.results, root.dataset.echarts);
    this.thresholds = new Thresholds(root.querySelector(".wb-thresholds"), () => this.run());
    root.querySelectorAll("[data-scroll]").forEach(watchScroll);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.run();
    });
    this.form.querySelector("[data-action=sample]").addEventListener("click", () => this.sample());
  }

  async sample() {
    this.progress.start("正在生成示例数据（虚构的人员和单位，含预置的异常）…");
    try {
      const made = await this.client.call("screening.api", "sample", SAMPLE);
      this.picker.useTexts(made.files);
      this.asOf.value = made.as_of;
    } catch (error) {
      this.fail([`示例数据生成失败：${error.message || error}`]);
      return;
    }
    await this.run();
  }

  async run() {
    const files = this.picker.chosen();
    if (!files.claims && !files.subsidies) {
      this.fail(["请选择申领记录文件或技能提升补贴发放记录文件（至少一个），或点“用示例数据试一试”。"]);
      return;
    }
    const request = { as_of: this.asOf.value.trim() || null, settings: this.thresholds.settings(),
      names: Object.fromEntries(Object.entries(files).filter(([, f]) => f).map(([k, f]) => [k, f.name])) };
    show(this.errors, false);
    this.results.dataset.state = "running";
    this.progress.start("正在读取文件…");
    let result;
    try {
      result = await this.client.call("screening.api", "screen", [request, files.claims, files.employers, files.subsidies],
        { onProgress: (done, total, text) => this.progress.update(done, total, text) });
    } catch (error) {
      this.fail([`筛查没有完成：${error.message || error}`]);
      return;
    }
    if (result.errors) {
      this.fail(result.errors);
      return;
    }
    this.progress.finish(`筛查完成：共 ${result.flags.length} 条标记。`);
    this.show(result);
  }

  show(result) {
    const names = titles(result);
    this.result = result;
    this.results.querySelector(".wb-results__meta").textContent = describeRun(result);
    renderSummary(this.results.querySelector(".wb-summary"), result);
    this.thresholds.used(result.params);
    this.table.load(result, names);
    renderExports(this.results.querySelector(".wb-export"), result, names);
    show(this.results);
    this.results.dataset.state = "ready";
    this.charts.draw(result, names).catch(() => {});
    this.results.querySelector("#wb-results-title").focus();
  }

  fail(messages) {
    this.progress.hide();
    setList(this.errors.querySelector(".wb-errors__list"), messages);
    show(this.errors);
    this.errors.focus();
  }

  clear() {
    this.picker.clear();
    this.asOf.value = "";
    this.result = null;
    this.charts.dispose();
    show(this.results, false);
    show(this.errors, false);
    this.progress.hide();
    this.thresholds.reset();
  }
}
