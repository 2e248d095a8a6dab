// The three charts, drawn with the self-hosted Apache ECharts (loaded only on this page, as it opens:
// once files are chosen, nothing more is fetched). Python computed the figures (screening/charts.py);
// this only lays them out.
// Each chart also gets a one-line text version for screen readers and for print.
import { ASSETS } from "../calculator/dom.js";

const FLAGGED = "#b00020";
const PLAIN = "#3f51b5";
let library = null;

function load(path) {
  library ??= import(new URL(path, ASSETS).href).then(() => globalThis.echarts);
  return library;
}

export class Charts {
  constructor(section, path) {
    this.section = section;
    this.path = path;
    this.instances = [];
    load(path).catch(() => {});   // the charts are an extra: without them the tables still show everything
    window.addEventListener("resize", () => this.instances.forEach((chart) => chart.resize()));
  }

  async draw(result, titles) {
    const echarts = await load(this.path);
    this.dispose();
    const figures = result.charts;
    this.one(echarts, "employers", employerOption(figures.employers, titles), figures.employers.length,
      figures.employers.slice(0, 3).map((e) => `${e.employer} ${e.total} 条`).join("；"));
    const flagged = figures.months.filter((m) => m.flagged).map((m) => m.month);
    this.one(echarts, "months", monthOption(figures.months), figures.months.length,
      flagged.length ? `预警月份：${flagged.join("、")}` : "没有预警月份");
    const marked = figures.assessors.series.filter((s) => s.flagged).map((s) => s.assessor);
    this.one(echarts, "assessors", assessorOption(figures.assessors), figures.assessors.series.length,
      marked.length ? `集中发证的机构：${marked.join("、")}` : "没有集中发证的机构");
  }

  one(echarts, name, option, size, words) {
    const box = this.section.querySelector(`[data-chart=${name}]`);
    const figure = box.closest("figure");
    figure.hidden = !size;
    let text = figure.querySelector(".wb-chart__text");
    if (!text) figure.append(text = Object.assign(document.createElement("p"), { className: "wb-chart__text" }));
    text.textContent = words;
    if (!size) return;
    const chart = echarts.init(box, null, { renderer: "canvas" });
    chart.setOption({ aria: { enabled: true }, animation: false, ...option });
    this.instances.push(chart);
  }

  dispose() {
    this.instances.forEach((chart) => chart.dispose());
    this.instances = [];
  }
}

function employerOption(rows, titles) {
  const top = [...rows].reverse();   // the largest at the top of a horizontal bar chart
  const rules = [...new Set(rows.flatMap((r) => Object.keys(r.by_rule)))];
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { type: "scroll", top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: top.map((r) => r.employer), axisLabel: { width: 120, overflow: "truncate" } },
    series: rules.map((rule) => ({ type: "bar", stack: "flags", name: titles[rule] || rule,
      data: top.map((r) => r.by_rule[rule] || 0) })),
  };
}

function monthOption(months) {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: months.map((m) => m.month) },
    yAxis: { type: "value", name: "元" },
    series: [{ type: "bar", name: "补贴合计（元）",
      data: months.map((m) => ({ value: m.total, itemStyle: { color: m.flagged ? FLAGGED : PLAIN } })),
      markPoint: { data: months.filter((m) => m.flagged).map((m) => ({ coord: [m.month, m.total], value: "预警" })) } }],
  };
}

function assessorOption(figures) {
  return {
    tooltip: { trigger: "axis" },
    legend: { type: "scroll", top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: figures.months },
    yAxis: { type: "value", minInterval: 1, name: "张" },
    series: figures.series.map((s) => ({ type: "line", name: s.assessor, data: s.counts, showSymbol: false,
      lineStyle: { width: s.flagged ? 3 : 1.5 }, ...(s.flagged ? { color: FLAGGED } : {}) })),
  };
}
