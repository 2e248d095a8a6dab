// Warms the calculator runtime on a page that leads to a calculator (its content links one), so that
// the calculator answers at once when the person gets there: in the background, a worker boots
// Pyodide once and keeps a memory snapshot (docs/assets/runtime/), then stops. Nothing happens with
// 省流量 (Save-Data) on, on a 2G connection, on pages that lead to no calculator, on the calculator
// pages themselves (they start the runtime anyway), or when a snapshot is already kept.
const WORKER = "@RUNTIME_WORKER@"; // the worker's URL under assets/, written in by the build (builder/bundle.py)

function wanted() {
  const connection = navigator.connection || {};
  if (connection.saveData || /(^|-)2g$/.test(connection.effectiveType || "")) return false;
  if (typeof Worker !== "function" || typeof WebAssembly !== "object" || document.querySelector(".calc[data-worker]")) return false;
  return Boolean(document.querySelector('.md-content a[href*="calculators/"]'));
}

function warm() {
  document.documentElement.dataset.runtimeWarm = "started";
  const url = new URL(WORKER, new URL("./", import.meta.url));
  url.searchParams.set("warm", "1");
  const worker = new Worker(url, { type: "module" });
  worker.onmessage = ({ data }) => {
    if (data.type === "warmed" || data.type === "failed") worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
  };
}

// data-runtime-warm on <html> says what was decided: no | waiting (for an idle moment) | started.
if (wanted()) {
  document.documentElement.dataset.runtimeWarm = "waiting";
  if ("requestIdleCallback" in self) requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 500);
} else {
  document.documentElement.dataset.runtimeWarm = "no";
}
