"""builder/search_index.py on small hand-made indexes: which extra words each section gets, worked
out by hand from the rules in its docstring; and on the built site, that the fields are there."""
import copy
import json
from pathlib import Path

import pytest

from builder.search_index import FIELDS, SearchConfigMissing, enrich

ROOT = Path(__file__).resolve().parents[2]
Z = "\u200b"
SEPARATOR = "[\\s\\u200b\\u3000\\-、。，．：；？！“”‘’（）《》〈〉【】…·]+|\\b"
CONFIG = {"lang": ["zh"], "separator": SEPARATOR, "pipeline": ["stemmer"],
          "fields": {f: {"boost": 1} for f in ("title", "text", *FIELDS)}}
SEARCH = {
    "words": [{"says": ["失业保险金"], "asked": ["失业金"]},
              {"says": ["60日"], "asked": ["60天"]},
              {"says": ["APP"], "asked": ["手机上"]}],
    "phrases": [{"page": "glossary/", "phrases": ["是什么意思"]}],
}


def index(*docs) -> dict:
    return {"config": copy.deepcopy(CONFIG), "docs": [dict(d) for d in docs]}


def words(doc: dict, field: str) -> list[str]:
    return doc[field].split(Z) if field in doc else []


def test_people_words_for_what_the_text_and_the_title_say():
    out = enrich(index(
        {"location": "a/", "title": f"申领{Z}失业保险金", "text": f"<p>不得{Z}以{Z}超过{Z}60日{Z}为由</p>"},
        {"location": "b/", "title": "渠道", "text": f"<p>安装{Z}内蒙古{Z}人社{Z} app</p>"},
    ), SEARCH)
    a, b = out["docs"]
    assert words(a, "title_words") == ["失业金"]
    assert words(a, "text_words") == ["60天"]          # 60日 is said with a digit: still found
    assert "title_words" not in b
    assert words(b, "text_words") == ["手机上"]         # APP matches app: case does not matter


def test_words_inside_long_terms_that_are_terms_elsewhere():
    out = enrich(index(
        {"location": "a/", "title": "法定退休年龄", "text": "<p>第二十四条</p>"},
        {"location": "b/", "title": f"退休{Z}年龄", "text": f"<p>二十{Z}十四{Z}法定</p>"},
        {"location": "c/", "title": "退休年龄", "text": "<p>养老金</p>"},
        {"location": "d/", "title": "养老", "text": ""},
    ), {"words": [], "phrases": []})
    a, b, c, d = out["docs"]
    # 法定退休年龄 holds 法定, 退休, 年龄 and 退休年龄, all terms somewhere; 第二十四条 is a number,
    # and 养老金 is too short to be cut (养老 is a term, but inside three characters it is skipped).
    assert sorted(words(a, "title_words")) == sorted(["法定", "退休", "退休年龄", "年龄"])
    assert "text_words" not in a and "text_words" not in c
    assert words(c, "title_words") == ["退休", "年龄"]
    assert "title_words" not in b and "title_words" not in d


def test_vocabulary_holds_each_term_less_its_last_character_once():
    out = enrich(index(
        {"location": "a/", "title": "失业登记", "text": f"<p>材料{Z}失业{Z}登记</p>"},
        {"location": "b/", "title": "失业登记", "text": "<p>材料</p>"},
    ), {"words": [], "phrases": []})
    a, b = out["docs"]
    # 失业登记 → 失业登 (失业 is already a term), 材料 → 材, 失业 → 失, 登记 → 登; none twice.
    assert sorted(words(a, "vocabulary")) == sorted(["失业登", "材", "失", "登"])
    assert "vocabulary" not in b


def test_question_phrases_go_on_their_page_with_their_stems():
    out = enrich(index(
        {"location": "glossary/", "title": "名词解释", "text": ""},
        {"location": "glossary/#_2", "title": "续发", "text": ""},
    ), SEARCH)
    page, section = out["docs"]
    assert words(page, "vocabulary") == ["是什么意思", "名词解", "是什么意"]
    assert words(section, "vocabulary") == ["续"]


def test_running_twice_gives_the_same_index():
    once = enrich(index({"location": "a/", "title": "失业保险金", "text": "<p>60日</p>"}), SEARCH)
    assert enrich(copy.deepcopy(once), SEARCH) == once


def test_the_fields_must_be_configured():
    broken = index({"location": "a/", "title": "x", "text": ""})
    del broken["config"]["fields"]["vocabulary"]
    with pytest.raises(SearchConfigMissing, match="vocabulary"):
        enrich(broken, SEARCH)


def test_the_built_index_has_the_fields_and_their_weights(site_dir):
    built = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    fields = built["config"]["fields"]
    assert set(FIELDS) <= set(fields)
    assert fields["vocabulary"]["boost"] < 0.001 < fields["text_words"]["boost"]
    retirement = next(d for d in built["docs"] if d["location"] == "calculators/retirement/")
    assert "退休年龄怎么算" in retirement["text"].replace(Z, "")      # the page's own questions
    claim = next(d for d in built["docs"] if d["location"] == "checklists/claim-benefits/")
    assert "失业费" in claim["text_words"].split(Z)       # the page says 失业保险金
