"""Fuzzing `python -m calculators --batch` (hypothesis), in process: whatever the lines hold —
arbitrary Unicode JSON (lone surrogates included), raw bytes, or plausible inputs with odd values
for the real fields — there is exactly one output line per input line, each a JSON object in
valid UTF-8, either a result or at most 20 (+1) Chinese problems; never "计算出错" (a bug)."""
import io
import json
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from calculators import __main__ as cli
from calculators.api import REGISTRY
from fuzz_inputs import calculator_inputs, json_values, mixed_line

ROOT = Path(__file__).resolve().parents[2]
POLICY = str(ROOT / "build" / "policy.json")
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def encode(value, ascii_only: bool) -> bytes:
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


lines = st.lists(
    st.one_of(
        st.tuples(json_values, st.booleans()).map(lambda v: encode(*v)),
        st.tuples(mixed_line, st.booleans()).map(lambda v: encode(*v)),
        st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" ")),
    ), min_size=1, max_size=25)


def run_batch(stdin: bytes, *args) -> tuple[int, bytes]:
    out = io.BytesIO()
    real_in, real_out = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = io.TextIOWrapper(io.BytesIO(stdin)), io.TextIOWrapper(out)
    try:
        code = cli.main([*args, "--batch", "--as-of", "2026-11-26", "--policy", POLICY])
        sys.stdout.flush()
        return code, out.getvalue()
    finally:
        sys.stdin, sys.stdout = real_in, real_out


def check_line(raw: bytes) -> dict:
    answer = json.loads(raw.decode("utf-8"))   # valid UTF-8, valid JSON
    assert isinstance(answer, dict)
    if "errors" in answer:
        assert 1 <= len(answer["errors"]) <= 21
        for problem in answer["errors"]:
            assert isinstance(problem["message"], str) and problem["message"]
            assert "计算出错" not in problem["message"], problem
    else:
        assert answer["calculator"] in REGISTRY
    return answer


@SETTINGS
@given(lines)
def test_mixed_batch_one_line_out_per_line_in(batch):
    code, out = run_batch(b"\n".join(batch) + b"\n")
    assert code == 0
    assert out.endswith(b"\n")
    outputs = out[:-1].split(b"\n")
    assert len(outputs) == len(batch)
    for raw in outputs:
        check_line(raw)


@SETTINGS
@given(st.sampled_from(sorted(REGISTRY)).flatmap(lambda n: st.tuples(st.just(n), st.lists(calculator_inputs(n), min_size=1, max_size=15))))
def test_each_calculator_answers_odd_values_of_its_own_fields(case):
    name, inputs = case
    code, out = run_batch(b"\n".join(json.dumps(i).encode() for i in inputs) + b"\n", name)
    outputs = out[:-1].split(b"\n")
    assert code == 0 and len(outputs) == len(inputs)
    for raw in outputs:
        assert "calculator" not in (answer := check_line(raw)) or answer["calculator"] == name
