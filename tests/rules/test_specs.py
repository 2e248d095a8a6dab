"""The input specs are what the browser forms are rendered from: JSON-able and complete."""
import json

from calculators.api import REGISTRY, input_specs, run

TYPES = {"month", "date", "int", "duration", "bool", "choice", "money", "list"}


def check_field(spec):
    assert spec["name"] and spec["label"] and spec["type"] in TYPES, spec
    assert isinstance(spec["required"], bool) and isinstance(spec["hint"], str)
    if spec["type"] == "choice":
        assert spec["choices"] and all(c["value"] and c["label"] and isinstance(c["uncertain"], bool) for c in spec["choices"])
    if spec["type"] == "list":
        for item in spec["item_fields"]:
            check_field(item)


def test_specs_are_json_and_complete(policy):
    specs = input_specs(policy)
    assert json.loads(json.dumps(specs, ensure_ascii=False)) == specs
    assert set(specs) == {"retirement", "transition", "deadline", "eligibility", "refund", "subsidy"}
    for spec in specs.values():
        assert spec["title"] and spec["summary"] and spec["fields"]
        for field in spec["fields"]:
            check_field(field)


def test_spec_names_match_design():
    names = {n: [f["name"] for f in s["fields"]] for n, s in input_specs().items()}
    assert names["deadline"] == ["received", "working_days"]
    assert names["transition"] == ["birth", "category", "benefit_end", "receiving_on_2024_12_31"]
    assert "unsure" in [c["value"] for c in input_specs()["eligibility"]["fields"][2]["choices"] if c["uncertain"]]


def test_parameter_default_comes_from_policy(policy):
    working_days = input_specs(policy)["deadline"]["fields"][1]
    assert working_days["default"] == 10   # review.working_days (社会保险经办条例第二十四条)


def test_unknown_calculator_and_non_object_input_are_input_errors(policy):
    assert run("pension", {}, policy, "2026-01-01")["errors"][0]["field"] == "calculator"
    assert "JSON 对象" in run("deadline", [1, 2], policy, "2026-01-01")["errors"][0]["message"]


SAMPLES = {
    "retirement": {"birth": "1966-06", "category": "male"},
    "transition": {"birth": "1966-06", "category": "male", "benefit_end": "2025-08", "receiving_on_2024_12_31": True},
    "deadline": {"received": "2025-01-24"},
    "eligibility": {"contribution_months": 70, "separation_reason": "unsure", "registered_unemployed": False,
                    "seeking_work": True, "receiving_pension": False, "birth": "1966-06", "category": "male"},
    "refund": {"benefit_start": "2025-03", "benefit_end": "2025-08", "standard": "300", "months": [{"month": "2025-03", "paid": "1"}]},
    "subsidy": {"applicant": "employee", "contribution_months": 12, "level": "junior", "certificate_kind": "skill_level_social",
                "queryable": False, "issued": "2025-06-01"},
}
META = {"calculator", "as_of", "data_version", "headline", "outcome", "trace", "next_steps", "warnings", "sources", "inputs"}


def test_every_cited_source_and_section_exists(policy):
    """A sample of each calculator: every source and section a result names is in the data."""
    assert set(SAMPLES) == set(REGISTRY)
    for name, inputs in SAMPLES.items():
        result = run(name, inputs, policy, "2025-12-15")
        assert "errors" not in result, result
        for source in result["sources"]:
            assert source["id"] in policy["sources"], source
        for step in result["trace"]:
            assert step["source"] is None or step["source"] in policy["sources"], step
            assert step["section"] is None or step["section"] in policy["notice_sections"], step


def test_every_figure_a_result_gives_is_declared_with_its_wording(policy):
    """The answer page words figures from the calculators' OUTPUTS: an undeclared figure would show its raw key."""
    specs = input_specs(policy)
    for name, inputs in SAMPLES.items():
        outputs = {o["name"]: o for o in specs[name]["outputs"]}
        assert all(o["label"] for o in outputs.values()), name
        result = run(name, inputs, policy, "2025-12-15")
        assert set(result) - META == set(outputs), name
        for key, output in outputs.items():
            if output["values"] and result[key] is not None:
                codes = result[key] if isinstance(result[key], list) else [result[key]]
                assert all(code in output["values"] for code in codes), (name, key, codes)


def test_outputs_that_need_a_format_declare_it(policy):
    """The answer page renders by an output's format, never by calculator name (BOARD 2026-11-27)."""
    specs = input_specs(policy)
    formats = {(n, o["name"]): o["format"] for n, s in specs.items() for o in s["outputs"]}
    assert formats[("retirement", "new_age")] == "age"
    assert formats[("retirement", "min_contribution")] == "years_months"
    assert formats[("transition", "new_age")] == "age"
    assert formats[("transition", "months_to_new")] == formats[("transition", "months_to_original")] == "months_signed"
    for key in (("refund", "per_month"), ("refund", "excluded")):
        assert formats[key] == "table"
    for (name, output), fmt in formats.items():
        items = next(o["items"] for o in specs[name]["outputs"] if o["name"] == output)
        assert (fmt == "table") == bool(items), (name, output)


def test_tri_state_bool_takes_yes_no_or_unknown():
    """A bool with `unknown` wording offers a third answer (是/否/不清楚) whose value is null."""
    from calculators.fields import Field, Problem, parse_fields

    field = Field("urgent", "bool", "是否急需紧缺", required=False, unknown="不清楚")
    assert field.spec()["unknown"] == "不清楚"
    assert [parse_fields((field,), {"urgent": v})["urgent"] for v in (True, "false", None, "unknown")] == [True, False, None, None]
    assert parse_fields((field,), {})["urgent"] is None
    plain = Field("queryable", "bool", "能否查到")
    assert "unknown" not in plain.spec()
    try:
        plain.parse("unknown")
    except Problem as p:
        assert "不清楚" not in str(p)
    else:
        raise AssertionError("a plain bool has no third answer")
