"""Each flag names its clause of the notice with the notice's own words, quoted verbatim; a rule that
rests on another document quotes that document as the site's data records it."""
from pathlib import Path

import yaml

from screening.rules import RULES, clause, quotes

ROOT = Path(__file__).resolve().parents[2]
NOTICE = (ROOT / "tests" / "site" / "notice_official.txt").read_text(encoding="utf-8")


def test_every_rule_quotes_the_notice_verbatim():
    for rule in RULES:
        if rule.SECTION and not getattr(rule, "SOURCE", ""):
            for quote in quotes(rule):
                assert quote in NOTICE, (rule.NAME, quote)
            assert clause(rule).startswith(f"《通知》{rule.SECTION}、")


def test_a_rule_on_another_document_quotes_it_as_the_data_does():
    sources = {s["id"]: s for s in yaml.safe_load((ROOT / "policy_data" / "sources.yaml").read_text(encoding="utf-8"))}
    checklist = (ROOT / "policy_data" / "checklists" / "skill-subsidy.yaml").read_text(encoding="utf-8")
    for rule in RULES:
        if getattr(rule, "SOURCE", ""):
            assert sources[rule.SOURCE_ID]["short"] == rule.SOURCE
            assert all(q in checklist for q in quotes(rule))


def test_rules_have_distinct_names_and_titles():
    assert len({r.NAME for r in RULES}) == len({r.TITLE for r in RULES}) == len(RULES)
