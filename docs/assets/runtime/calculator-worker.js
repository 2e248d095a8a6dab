// The one calculator worker (module worker), for the calculator pages and the staff workbench.
// URL (written by the build into the page's data-worker): assets/runtime/<build>/calculator-worker.js
//   ?pyodide=<version>&archive=<calculators-hash.zip>&build=<build>   [&runtime=plain] [&watchdog=<ms>] [&warm=1]
// It starts from the memory snapshot in Cache Storage when there is a good one, else boots Pyodide
// plainly (and keeps a snapshot for the next page once idle). Protocol: see the board / README of
// builder/bundle.py —
//   → {id, name, input, as_of}                    a calculator: calculators.api.run_json
//   → {id, module, function, args, progress}      any public function of calculators.* / screening.*
//   ← {type:"boot", stage:"wasm"} | {type:"ready", path, ms} | {type:"failed", reason, message}
//   ← {type:"result", id, result, ms} | {type:"progress", id, done, total, text} | {type:"crashed", id, message}
//   ← {type:"warmed", made} (warm=1: boot, keep a snapshot, then nothing else)
import { bootFromSnapshot, bootPlain } from "./boot.js";
import * as snapshots from "./snapshot.js";
import { watchWasm } from "./watchdog.js";

const params = new URL(self.location.href).searchParams;
// Only plain file names are accepted, so every URL stays under our own assets/ directory.
const safe = (value) => (/^[A-Za-z0-9._-]+$/.test(value || "") ? value : null);
const config = {
  pyodide: safe(params.get("pyodide")),
  archive: safe(params.get("archive")),
  build: safe(params.get("build")),
  plain: params.get("runtime") === "plain", // support switch: never touch snapshots
  warm: params.get("warm") === "1",
};
const limitMs = Math.min(Math.max(Number(params.get("watchdog")) || 30_000, 1_000), 120_000);
const IDLE_MS = 1_500; // quiet time after the last request before a snapshot is taken
const started = performance.now();

let failWatchdog;
const watchdogFailed = new Promise((_, reject) => { failWatchdog = reject; });
const watchdog = watchWasm({
  limitMs,
  bodyMs: Math.max(limitMs, 120_000),
  onStart: () => self.postMessage({ type: "boot", stage: "wasm" }),
  onFail: (reason, message) => failWatchdog(Object.assign(new Error(message), { reason })),
});

// warm=1 with a good snapshot already kept: nothing to do, and no Pyodide byte fetched.
const alreadyWarm = config.warm && !config.plain && snapshots.available() && config.build
  ? snapshots.exists(snapshots.keyFor(config)).catch(() => false)
  : Promise.resolve(false);
const ready = alreadyWarm.then((warm) => (warm ? null : Promise.race([start(), watchdogFailed])));
ready.then(
  (runtime) => {
    watchdog.done();
    if (!runtime) return self.postMessage({ type: "warmed", made: false });
    self.postMessage({ type: "ready", path: runtime.path, ms: Math.round(performance.now() - started) });
    if (config.warm) keepSnapshot(runtime).then((made) => self.postMessage({ type: "warmed", made }));
    else whenIdle(runtime);
  },
  (error) => {
    watchdog.done();
    self.postMessage({ type: "failed", reason: error.reason || "boot", message: String(error && error.message || error) });
  },
);

function urls() {
  return {
    pyodide: new URL(`../../pyodide/${config.pyodide}/`, self.location.href).href,
    stdlib: new URL("python_stdlib.zip", self.location.href).href,
    archive: new URL(config.archive, self.location.href).href,
  };
}

async function start() {
  if (!config.pyodide || !config.archive || !config.build) {
    throw Object.assign(new Error("worker started without pyodide version, archive or build"), { reason: "boot" });
  }
  if (typeof WebAssembly !== "object") throw Object.assign(new Error("WebAssembly is not available"), { reason: "unsupported" });
  const useSnapshots = !config.plain && snapshots.available();
  if (useSnapshots) {
    const restored = await restore();
    if (restored) return restored;
  }
  return bootPlain(urls(), { snapshots: useSnapshots, archiveName: config.archive });
}

// A runtime from the stored snapshot, or null (nothing stored, or it failed a check and was deleted).
async function restore() {
  const key = snapshots.keyFor(config);
  let bytes = null;
  try {
    bytes = await snapshots.load(key);
    if (!bytes) return null;
    return await bootFromSnapshot(urls(), bytes, { archiveName: config.archive });
  } catch (error) {
    if (error && error.reason) throw error; // the wasm itself failed: no plain boot can do better
    await snapshots.remove(key);
    return null;
  }
}

// Takes a snapshot of a plainly booted runtime and stores it (once); true when one was stored now.
let snapshotTaken = false;
async function keepSnapshot(runtime) {
  if (snapshotTaken || runtime.path !== "plain" || config.plain || !snapshots.available()) return false;
  snapshotTaken = true;
  try {
    const key = snapshots.keyFor(config);
    await snapshots.store(key, runtime.snapshot());
    return true;
  } catch {
    return false; // e.g. storage full or private mode: later pages boot plainly, as before
  }
}

let idleTimer = null;
function whenIdle(runtime) {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => keepSnapshot(runtime), IDLE_MS);
}

self.onmessage = async ({ data }) => {
  const { id } = data;
  let runtime;
  try {
    runtime = await ready;
  } catch (error) {
    self.postMessage({ type: "crashed", id, message: String(error && error.message || error) });
    return;
  }
  clearTimeout(idleTimer);
  const begun = performance.now();
  try {
    let result;
    if (typeof data.module === "string") {
      const args = await Promise.all((data.args || []).map((arg) => (arg instanceof Blob ? arg.arrayBuffer() : arg)));
      const progress = data.progress ? (done, total, text) => self.postMessage({ type: "progress", id, done, total, text }) : null;
      result = runtime.call(data.module, String(data.function), args, progress);
    } else {
      result = runtime.calculate(data.name, data.input, data.as_of);
    }
    self.postMessage({ type: "result", id, result, ms: performance.now() - begun });
  } catch (error) {
    self.postMessage({ type: "crashed", id, message: String(error && error.message || error) });
  }
  whenIdle(runtime);
};
