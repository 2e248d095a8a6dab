// This Pyodide's loadPyodide() never settles when pyodide.asm.wasm fails (it only logs "wasm
// instantiation failed!"), so the worker watches the wasm itself: an aborted request, an HTTP error,
// a wrong Content-Type or a failed compile is reported at once; a request that never answers is
// reported `limitMs` after it started (`bodyMs` once its headers arrived, as a slow link may need).
const WASM = /\/pyodide\.asm\.wasm$/;

export function watchWasm({ limitMs, bodyMs, onStart, onFail }) {
  let timer = null;
  let settled = false;
  const fail = (reason, message) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    onFail(reason, message);
  };
  const arm = (ms, message) => {
    clearTimeout(timer);
    timer = setTimeout(() => fail("watchdog", message), ms);
  };

  const realFetch = self.fetch.bind(self);
  self.fetch = (input, init) => {
    const response = realFetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input), self.location.href);
    if (!settled && WASM.test(url.pathname)) {
      onStart();
      arm(limitMs, `no answer for the wasm within ${limitMs} ms`);
      response.then((r) => {
        const type = r.headers.get("content-type") || "";
        if (!r.ok) fail("wasm", `wasm: HTTP ${r.status}`);
        else if (!/^application\/wasm\s*(;|$)/i.test(type)) fail("wasm", `wasm served as "${type}"`);
        else if (!settled) arm(bodyMs, `wasm not compiled within ${bodyMs} ms of its headers`);
      }, (error) => fail("wasm", `wasm request failed: ${error}`));
    }
    return response;
  };

  const instantiate = WebAssembly.instantiateStreaming;
  if (typeof instantiate === "function") {
    WebAssembly.instantiateStreaming = (source, imports) => {
      const result = instantiate.call(WebAssembly, source, imports);
      result.catch((error) => fail("wasm", `wasm compile failed: ${error}`));
      return result;
    };
  }

  return {
    // Python is up: nothing more to watch.
    done() {
      settled = true;
      clearTimeout(timer);
    },
  };
}
