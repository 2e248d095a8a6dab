// The worker client: starts calculator-worker.js (the Pyodide runtime), holds a request made
// before the runtime is ready, and passes on only the answer to the newest request.
// Protocol (owned by the worker, docs/assets/runtime/calculator-worker.js): → {id, name, input, as_of};
// ← {type: "ready"} | {type: "failed", reason, message} | {type: "result", id, result} | {type: "crashed", id, message}.
// A backstop on this side: a runtime that reports neither ready nor failed within BOOT_MS of being
// started, or a calculator request unanswered for ANSWER_MS, counts as failed (the page then shows
// its fallback). Generic calls (long screening runs) have no answer limit.
import { ASSETS } from "./dom.js";

export const BOOT_MS = 150_000;
export const ANSWER_MS = 60_000;

export class WorkerClient {
  // handlers: onReady(), onFailed(message), onAnswer(job, result)
  // limits: {boot, answer} in ms, to shorten the backstop in tests.
  constructor(name, { worker }, handlers, limits = {}) {
    this.name = name;
    this.limits = { boot: BOOT_MS, answer: ANSWER_MS, ...limits };
    this.timer = 0;
    this.handlers = handlers;
    this.state = "loading"; // loading | ready | failed
    this.queued = null;
    this.latest = 0;
    this.nextId = 1;
    this.worker = null;
    this.calls = new Map(); // generic calls in flight, by id: {resolve, reject, onProgress}
    this.waiting = [];      // generic calls made before the runtime was ready
    this.start(worker);
  }

  start(worker) {
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      this.fail("您的浏览器不支持 WebAssembly");
      return;
    }
    try {
      // data-worker: the worker's URL under assets/, written by the build (builder/bundle.py worker_url);
      // the page's own ?runtime=plain (support: no snapshot) and ?watchdog=<ms> (tests) pass through.
      const url = new URL(worker, ASSETS);
      const page = new URLSearchParams(location.search);
      for (const key of ["runtime", "watchdog"]) if (page.has(key)) url.searchParams.set(key, page.get(key));
      this.worker = new Worker(url, { type: "module" });
    } catch (error) {
      this.fail(String(error));
      return;
    }
    this.arm(this.limits.boot, "计算器在限定时间内没有加载完成");
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || "worker error");
    };
  }

  // Returns "sent", "queued" (the runtime is still loading) or "failed".
  request(input, asOf, source) {
    const job = { id: this.nextId++, input, asOf, source, started: performance.now() };
    this.latest = job.id;
    if (this.state === "failed") return "failed";
    if (this.state === "loading") {
      this.queued = job;
      return "queued";
    }
    this.send(job);
    return "sent";
  }

  send(job) {
    this.pending = job;
    this.arm(this.limits.answer, "计算器在限定时间内没有给出结果");
    try {
      this.worker.postMessage({ id: job.id, name: this.name, input: job.input, as_of: job.asOf });
    } catch (error) {
      this.fail(String(error)); // e.g. an input the structured clone cannot copy
    }
  }

  // One timer at a time: booting, or the calculator request in flight.
  arm(ms, message) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fail(message), ms);
  }

  // A generic call (the worker's protocol v2): module.fn(...args) in the worker, args JSON values or
  // Files/Blobs (read in the worker). Resolves with the result, rejects when the call crashes or the
  // runtime fails. Unlike request(), several calls may be in flight; onProgress(done, total, text)
  // gets the function's progress reports.
  call(module, fn, args, { onProgress } = {}) {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const post = () => {
        this.calls.set(id, { resolve, reject, onProgress });
        this.worker.postMessage({ id, module, function: fn, args, progress: Boolean(onProgress) });
      };
      if (this.state === "failed") reject(new Error("计算程序未能启动"));
      else if (this.state === "loading") this.waiting.push({ post, reject });
      else post();
    });
  }

  settle(data) {
    const call = this.calls.get(data.id);
    if (data.type === "progress") {
      if (call.onProgress) call.onProgress(data.done, data.total, data.text);
      return;
    }
    this.calls.delete(data.id);
    if (data.type === "result") call.resolve(data.result);
    else call.reject(new Error(data.message));
  }

  receive(data) {
    if (this.calls.has(data.id)) {
      this.settle(data);
    } else if (data.type === "ready") {
      clearTimeout(this.timer);
      this.state = "ready";
      document.documentElement.dataset.runtime = "ready";   // offline.js waits for this
      this.waiting.splice(0).forEach(({ post }) => post());
      const queued = this.queued;
      this.queued = null;
      this.handlers.onReady(Boolean(queued));
      if (queued) this.send(queued);
    } else if (data.type === "failed") {
      this.fail(data.message);
    } else if (data.type === "result" || data.type === "crashed") {
      const job = this.pending;
      if (!job || data.id !== this.latest || data.id !== job.id) return; // overtaken by a newer request
      clearTimeout(this.timer);
      this.pending = null;
      if (data.type === "crashed") this.fail(data.message);
      else this.handlers.onAnswer(job, data.result);
    }
  }

  fail(message) {
    if (this.state === "failed") return;
    this.state = "failed";
    document.documentElement.dataset.runtime = "failed";
    clearTimeout(this.timer);
    if (this.worker) this.worker.terminate();
    const error = new Error(message);
    this.waiting.splice(0).forEach(({ reject }) => reject(error));
    this.calls.forEach(({ reject }) => reject(error));
    this.calls.clear();
    this.handlers.onFailed(message);
  }
}
