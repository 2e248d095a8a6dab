// The one calculator worker: loads the self-hosted Pyodide, unpacks the calculators archive
// (calculators/ + policy.json) and answers {id, name, input, as_of} with calculators.api.run_json.
// Started as a module worker: calculator-worker.js?pyodide=<version>&archive=<file name>.
const params = new URL(self.location.href).searchParams;
const assets = new URL("./", self.location.href);
// Only plain file names are accepted, so every URL stays under our own assets/ directory.
const safe = (value) => (/^[A-Za-z0-9._-]+$/.test(value || "") ? value : null);

async function start() {
  const version = safe(params.get("pyodide"));
  const archive = safe(params.get("archive"));
  if (!version || !archive) throw new Error("worker started without pyodide version or archive");
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly is not available");
  const indexURL = new URL(`pyodide/${version}/`, assets).href;
  const archiveBytes = fetch(new URL(archive, assets)).then((response) => {
    if (!response.ok) throw new Error(`archive: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  const loading = loadPyodide({
    indexURL,
    lockFileURL: new URL("pyodide-lock.json", indexURL).href,
    stdLibURL: new URL("python_stdlib.zip", indexURL).href,
    packageBaseUrl: indexURL,
    fullStdLib: false,
    stdout: () => {},
    stderr: () => {},
  });
  const [pyodide, bytes] = await Promise.all([loading, archiveBytes]);
  pyodide.unpackArchive(bytes, "zip", { extractDir: "/calc" });
  pyodide.runPython(`
import sys
sys.path.insert(0, "/calc")
import calculators.api
with open("/calc/policy.json", encoding="utf-8") as handle:
    calculators.api.set_policy(handle.read())
`);
  return pyodide.pyimport("calculators.api").run_json;
}

const ready = start();
ready.then(
  () => self.postMessage({ type: "ready" }),
  (error) => self.postMessage({ type: "failed", message: String(error && error.message || error) }),
);

self.onmessage = async (event) => {
  const { id, name, input, as_of: asOf } = event.data;
  const started = performance.now();
  try {
    const runJson = await ready;
    const output = runJson(name, JSON.stringify(input), asOf || null);
    self.postMessage({ type: "result", id, result: JSON.parse(output), ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ type: "crashed", id, message: String(error && error.message || error) });
  }
};
