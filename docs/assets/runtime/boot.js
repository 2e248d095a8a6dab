// Starting Pyodide with the calculators (and the staff screening rules) loaded: a plain boot from the
// files, or a restore from a memory snapshot taken after such a boot. Shared by the worker and the
// build's stdlib trace (builder/stdlib_trace.py), so both start Python exactly alike.
//
// Snapshots use Pyodide 314.0.7's underscore-private options _makeSnapshot / _loadSnapshot and
// makeMemorySnapshot(); tests/browser/test_runtime_snapshot.py fails loudly if an upgrade breaks them.

// Python glue kept in the interpreter as the module _calc_worker (so it is in every snapshot).
const GLUE = String.raw`
import importlib, json, os, sys

ROOT = "/calc"
PACKAGES = ("calculators", "screening")
ARCHIVE = None   # the archive file this interpreter was built from, set by the worker
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
import calculators.api as _api

with open(ROOT + "/policy.json", encoding="utf-8") as _handle:
    _api.set_policy(_handle.read())
with open(ROOT + "/known_answer.json", encoding="utf-8") as _handle:
    KNOWN = json.load(_handle)   # an input and CPython's answer to it, written by the build


def canonical(text):
    return json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True)


def gives_known_answer():
    got = _api.run_json(KNOWN["name"], json.dumps(KNOWN["input"], ensure_ascii=False), KNOWN["as_of"])
    return canonical(got) == KNOWN["answer"]


def calculate(name, input_json, as_of):
    return _api.run_json(name, input_json, as_of)


def call(module, function, args_json, blobs, progress=None):
    """module.function(*args[, progress=…]) → JSON text. Only the archive's own packages, only public names."""
    if module.split(".")[0] not in PACKAGES or function.startswith("_"):
        raise ValueError(f"not callable from the page: {module}.{function}")
    target = getattr(importlib.import_module(module), function)

    def bytes_marker(value):
        return blobs[value["$bytes"]].to_bytes() if set(value) == {"$bytes"} else value

    args = json.loads(args_json, object_hook=bytes_marker)
    result = target(*args, progress=progress) if progress is not None else target(*args)
    return json.dumps(result, ensure_ascii=False)


def import_all():
    """Before a snapshot: every module of the archive into memory (a restored interpreter has no /calc files)."""
    for package in PACKAGES:
        for folder, dirs, files in os.walk(os.path.join(ROOT, package)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith(".py") and name != "__main__.py":
                    dotted = os.path.relpath(os.path.join(folder, name[:-3]), ROOT).replace(os.sep, ".")
                    importlib.import_module(dotted.removesuffix(".__init__"))
`;

const SETUP = `
import sys, types
_glue = types.ModuleType("_calc_worker")
sys.modules["_calc_worker"] = _glue
exec(${JSON.stringify(GLUE)}, _glue.__dict__)
del _glue
`;

function options(urls) {
  return {
    indexURL: urls.pyodide,
    lockFileURL: new URL("pyodide-lock.json", urls.pyodide).href,
    stdLibURL: urls.stdlib,
    packageBaseUrl: urls.pyodide,
    fullStdLib: false,
    stdout: () => {},
    stderr: () => {},
  };
}

async function loader(urls) {
  const { loadPyodide } = await import(new URL("pyodide.mjs", urls.pyodide).href);
  return loadPyodide;
}

export async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${new URL(url).pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// urls: {pyodide (the core's folder), stdlib, archive}. Resolves to a Runtime once the known answer is right.
export async function bootPlain(urls, { snapshots = false, archiveName = "" } = {}) {
  const archive = fetchBytes(urls.archive);
  const loadPyodide = await loader(urls);
  const pyodide = await loadPyodide({ ...options(urls), _makeSnapshot: snapshots });
  pyodide.unpackArchive(await archive, "zip", { extractDir: "/calc" });
  pyodide.runPython(SETUP);
  const runtime = new Runtime(pyodide, "plain");
  runtime.glue.ARCHIVE = archiveName;
  if (!runtime.glue.gives_known_answer()) throw new Error("known answer differs from the build's");
  return runtime;
}

// Resolves to a Runtime restored from `snapshot`, or rejects (the caller falls back to bootPlain).
export async function bootFromSnapshot(urls, snapshot, { archiveName = "" } = {}) {
  const loadPyodide = await loader(urls);
  const pyodide = await loadPyodide({ ...options(urls), _loadSnapshot: snapshot, _makeSnapshot: true });
  const runtime = new Runtime(pyodide, "snapshot");
  if (runtime.glue.ARCHIVE !== archiveName) throw new Error(`snapshot of ${runtime.glue.ARCHIVE}, not ${archiveName}`);
  if (!runtime.glue.gives_known_answer()) throw new Error("known answer differs after restore");
  return runtime;
}

export class Runtime {
  constructor(pyodide, path) {
    this.pyodide = pyodide;
    this.path = path; // "plain" | "snapshot"
    this.glue = pyodide.pyimport("_calc_worker");
  }

  calculate(name, input, asOf) {
    return JSON.parse(this.glue.calculate(name, JSON.stringify(input), asOf || null));
  }

  // args: JSON values, ArrayBuffer or typed arrays (→ Python bytes); progress: (done, total, text) => void.
  call(module, fn, args, progress) {
    const blobs = [];
    const json = JSON.stringify(args, (_key, value) => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        blobs.push(value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
        return { $bytes: blobs.length - 1 };
      }
      return value;
    });
    const text = progress
      ? this.glue.call.callKwargs(module, fn, json, blobs, { progress: (done, total, note) => progress(done, total, note ?? "") })
      : this.glue.call(module, fn, json, blobs);
    return JSON.parse(text);
  }

  // The interpreter's memory with every module of the archive imported; the instance stays usable.
  snapshot() {
    this.glue.import_all();
    return this.pyodide.makeMemorySnapshot();
  }
}
