"""The memory-snapshot start (issue 10): the same answers through the snapshot as through a plain boot, and a
silent fall back to a plain boot for a damaged, foreign or unreachable snapshot.

These use Pyodide 314.0.7's underscore-private snapshot options (_makeSnapshot, _loadSnapshot,
makeMemorySnapshot). If a Pyodide upgrade breaks them, test_every_golden_case_is_the_same_through_the_snapshot
fails with "no snapshot path": keep the pinned version or adapt docs/assets/runtime/boot.js."""
import json

import pytest

from calculator_support import CALCULATORS, RESULT, calculator_url, cli_fields, cli_result, first_valid_case, golden_cases, page_fields, wait_runs
from runtime_support import calculate, open_harness, start, wait_for_snapshot, worker_url

pytestmark = pytest.mark.browser


def all_golden_cases() -> list[dict]:
    return [{**case, "name": name} for name in CALCULATORS for case in golden_cases(name) if isinstance(case["input"], dict)]


def mismatches(cases, answers) -> list:
    out = []
    for case, answer in zip(cases, answers):
        expected = json.loads(json.dumps(cli_result(case["name"], case), ensure_ascii=False))
        if answer["type"] != "result" or answer["result"] != expected:
            out.append((case["name"], case.get("name"), answer.get("type"), answer.get("message")))
    return out


def test_every_golden_case_is_the_same_through_the_snapshot_and_the_plain_boot(context, base_url, site_dir):
    cases = all_golden_cases()
    page = open_harness(context, base_url)
    plain = start(page, worker_url(site_dir, base_url))   # a fresh browser: nothing stored yet
    assert plain["type"] == "ready" and plain["path"] == "plain", plain
    assert mismatches(cases, calculate(page, cases)) == []
    wait_for_snapshot(page)   # taken once the worker was idle

    restored = start(page, worker_url(site_dir, base_url))
    assert restored["type"] == "ready", restored
    assert restored["path"] == "snapshot", "no snapshot path: did a Pyodide upgrade break _makeSnapshot/_loadSnapshot?"
    assert mismatches(cases, calculate(page, cases)) == []

    forced = start(page, worker_url(site_dir, base_url, runtime="plain"))   # the support switch
    assert forced["path"] == "plain"
    assert mismatches(cases[:5], calculate(page, cases[:5])) == []


# Damage done to the stored snapshot in the page, before a calculator page opens.
CORRUPT = """async () => {
  const cache = await caches.open("calculator-snapshots");
  const [request] = await cache.keys();
  const response = await cache.match(request);
  const bytes = new Uint8Array(await response.arrayBuffer());
  for (let i = 4096; i < bytes.length; i += 65536) bytes[i] ^= 0x5a;   // bit rot: same length, same stored digest
  await cache.put(request, new Response(bytes, {headers: response.headers}));
  return request.url;
}"""
# The snapshot of another archive, stored under this archive's key (as a key mix-up would).
FOREIGN = """async (other) => {
  const cache = await caches.open("calculator-snapshots");
  const keys = await cache.keys();
  const foreign = keys.find((r) => r.url.endsWith(other));
  const mine = keys.find((r) => !r.url.endsWith(other));
  await cache.put(mine || foreign.url.replace(other, "MINE"), await cache.match(foreign));
  return keys.map((r) => r.url);
}"""


def answer_on_calculator_page(context, base_url) -> tuple[dict, dict, list]:
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    case = first_valid_case("eligibility")
    page.goto(calculator_url(base_url, "eligibility", case))
    wait_runs(page, 1)
    assert page.get_attribute(RESULT, "data-state") == "ready"
    return page_fields(page), cli_fields(cli_result("eligibility", case)), errors


def test_a_corrupt_snapshot_falls_back_to_a_plain_boot(context, base_url, site_dir):
    page = open_harness(context, base_url)
    start(page, worker_url(site_dir, base_url, warm=1))
    wait_for_snapshot(page)
    page.evaluate(CORRUPT)
    again = start(page, worker_url(site_dir, base_url))
    assert again["type"] == "ready" and again["path"] == "plain"
    assert page.evaluate("() => window.snapshotKeys()") == []   # found out and deleted (a new one comes when idle)
    wait_for_snapshot(page)
    page.evaluate(CORRUPT)
    got, want, errors = answer_on_calculator_page(context, base_url)
    assert got == want and errors == []


def test_a_snapshot_of_another_archive_is_not_trusted(context, base_url, site_dir):
    url = worker_url(site_dir, base_url)
    archive = url.split("archive=")[1].split("&")[0]
    other = "calculators-0000000000.zip"
    context.route(f"**/{other}", lambda route: route.fulfill(path=str(next(site_dir.glob(f"assets/runtime/*/{archive}")))))
    page = open_harness(context, base_url)
    start(page, url.replace(archive, other) + "&warm=1")
    wait_for_snapshot(page, other)
    planted = start(page, url.replace(archive, other))
    assert planted["path"] == "snapshot"   # the foreign snapshot itself is good ...
    page.evaluate(FOREIGN.replace("MINE", archive), other)
    again = start(page, url)
    assert again["type"] == "ready" and again["path"] == "plain"   # ... but not for this archive
    got, want, errors = answer_on_calculator_page(context, base_url)
    assert got == want and errors == []


BLOCKED = "const caches = {open: () => Promise.reject(new DOMException('storage blocked', 'SecurityError'))};\n"


def test_unreachable_snapshot_storage_still_answers(context, base_url, site_dir):
    def blocked(route):
        response = route.fetch()
        route.fulfill(response=response, body=BLOCKED + response.text())

    context.route("**/assets/runtime/*/snapshot.js", blocked)
    page = open_harness(context, base_url)
    ready = start(page, worker_url(site_dir, base_url))
    assert ready["type"] == "ready" and ready["path"] == "plain"
    got, want, errors = answer_on_calculator_page(context, base_url)
    assert got == want and errors == []
