"""Talking to the calculator worker directly, from a bare page on the site's origin (no calculator page):
one page can replay every golden case of every calculator, and the snapshot in Cache Storage can be
inspected or damaged on purpose."""
import html
import re

HARNESS = "/__harness__/"
SNAPSHOTS = "calculator-snapshots"

# window.runtime(params) starts a worker, resolves to its ready/failed message; window.ask(messages)
# sends calculator/generic requests and resolves to the answers in order.
PAGE = """<!doctype html><meta charset="utf-8"><title>harness</title><script>
let worker = null;
window.runtime = (url) => new Promise((resolve) => {
  if (worker) worker.terminate();
  worker = new Worker(url, {type: "module"});
  const seen = [];
  worker.onmessage = ({data}) => {
    seen.push(data.type);
    if (data.type === "ready" || data.type === "failed" || data.type === "warmed") resolve({...data, seen});
  };
  worker.onerror = (e) => resolve({type: "failed", reason: "onerror", message: e.message, seen});
});
window.warmed = () => new Promise((resolve) => {
  const previous = worker.onmessage;
  worker.onmessage = (event) => { previous(event); if (event.data.type === "warmed") resolve(event.data); };
});
window.ask = (messages) => new Promise((resolve) => {
  const answers = new Map();
  const progress = [];
  worker.onmessage = ({data}) => {
    if (data.type === "progress") { progress.push(data); return; }
    answers.set(data.id, data);
    if (answers.size === messages.length) resolve({answers: messages.map((m) => answers.get(m.id)), progress});
  };
  messages.forEach((m) => worker.postMessage(m));
});
// Stored snapshots whose body is complete (a key is listed while its body is still being written).
window.snapshotKeys = async () => {
  const cache = await caches.open("calculator-snapshots");
  const out = [];
  for (const request of await cache.keys()) if (await cache.match(request)) out.push(request.url);
  return out;
};
</script>"""


def worker_url(site_dir, base_url: str, **extra) -> str:
    page = (site_dir / "calculators" / "retirement" / "index.html").read_text(encoding="utf-8")
    path = html.unescape(re.search(r'data-worker="([^"]+)"', page).group(1))
    query = "".join(f"&{k}={v}" for k, v in extra.items())
    return f"{base_url}/assets/{path}{query}"


def open_harness(context, base_url: str):
    context.route(f"{base_url}{HARNESS}", lambda route: route.fulfill(body=PAGE, content_type="text/html"))
    page = context.new_page()
    page.goto(f"{base_url}{HARNESS}")
    return page


def start(page, url: str) -> dict:
    return page.evaluate("url => window.runtime(url)", url)


def calculate(page, cases: list[dict]) -> list[dict]:
    """[{name, input, as_of}] → the worker's result messages, in order."""
    messages = [{"id": i + 1, "name": c["name"], "input": c["input"], "as_of": str(c["as_of"])} for i, c in enumerate(cases)]
    return page.evaluate("m => window.ask(m)", messages)["answers"]


def wait_for_snapshot(page, suffix: str = "", timeout: int = 120_000) -> list[str]:
    """The stored snapshots' keys, once one (ending in `suffix`) is complete."""
    return page.evaluate("""async ([suffix, timeout]) => {
      const until = Date.now() + timeout;
      while (Date.now() < until) {
        const keys = await window.snapshotKeys();
        if (keys.some((k) => k.endsWith(suffix))) return keys;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error("no snapshot was stored");
    }""", [suffix, timeout])
