"""Every number on the generated pages comes from policy_data/, names its source and says how sure we are.

The expected labels are worked out here from the YAML itself (sources.yaml's `verified`, the values'
`verified` and quotes), not from the build's compiled policy."""
import datetime as dt
import re

import pytest
import yaml
from pagetext import article_html, page_text, section_html, visible_text

from builder.context import ROOT
from builder.pages import anchor, fmt_value

DATA = ROOT / "policy_data"
LABELS = ("已核实", "转述", "未核实", "本站默认值，非官方规定")


def raw_yaml(path):
    # Dates stay text, as written (BaseLoader reads every scalar as a string).
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


@pytest.fixture(scope="module")
def sources():
    return {s["id"]: s for s in raw_yaml(DATA / "sources.yaml")}


@pytest.fixture(scope="module")
def values():
    """{parameter id: [(from, entry dict)]} straight from policy_data/parameters/*.yaml."""
    out = {}
    for path in sorted((DATA / "parameters").glob("*.yaml")):
        for key, p in raw_yaml(path).items():
            out[f"{path.stem}.{key}"] = [(day, dict(entry, _param_verified=p.get("verified", "true"),
                                                    _ends=p.get("ends")))
                                         for day, entry in p["values"].items()]
    return out


def in_force_today(entries):
    """The (from, entry) in force today, or None when none has started or the parameter has ended."""
    today = dt.date.today().isoformat()
    started = [e for e in entries if e[0] <= today]
    if not started or (entries[0][1]["_ends"] and entries[0][1]["_ends"] < today):
        return None
    return max(started, key=lambda e: e[0])


def expected_label(entry: dict, sources: dict) -> str:
    """已核实 only when the value is not marked unverified, quotes its source, and that source was read
    verbatim; a source seen only in a report or repost gives 转述; the site's own thresholds say so."""
    if entry.get("verified", entry["_param_verified"]) == "false":
        return "未核实"
    confidence = sources[entry["reference"]["source"]]["verified"]
    if confidence == "site-default":   # a screening threshold the site sets itself
        return "本站默认值，非官方规定"
    if confidence == "seen-paraphrased":
        return "转述"
    if confidence == "seen-verbatim" and entry["reference"].get("quote"):
        return "已核实"
    return "未核实"


def value_fragment(section: str, day: str) -> str:
    """The text of one value on the page: from its date up to the end of its table row or paragraph."""
    start = section.index(f"{day} 起")
    ends = [i for i in (section.find("</tr>", start), section.find("</p>", start)) if i != -1]
    return visible_text(section[start:min(ends)])


def test_format_of_values_for_readers():
    assert fmt_value(0.95, "ratio") == "95%"
    assert fmt_value(2380, "yuan") == "2380 元"
    assert fmt_value(22.4, "yuan") == "22.4 元"
    assert fmt_value(10, "working_days") == "10 个工作日"
    assert fmt_value({"junior": 1000}, "yuan") == "初级（五级）：1000 元"


def test_parameters_page_labels_every_value_by_its_source(site_dir, sources, values):
    """转述, never 已核实, for every value whose source was not seen verbatim (read from sources.yaml)."""
    raw = article_html(site_dir, "parameters/index.html")
    reported = 0
    for pid, entries in values.items():
        section = section_html(raw, anchor(pid))
        for day, entry in entries:
            shown = value_fragment(section, day)
            label = expected_label(entry, sources)
            assert label in shown, f"{pid} {day}: expected {label} in “{shown}”"
            assert [lb for lb in LABELS if lb in shown] == [label], f"{pid} {day}: “{shown}”"
            if sources[entry["reference"]["source"]]["verified"] != "seen-verbatim":
                assert "已核实" not in shown
                reported += label == "转述"
    assert reported >= 2   # the 2025-12 benefit rates are known only from a newspaper report


def test_parameters_page_shows_the_value_in_force_first_and_folds_the_rest(site_dir, values):
    raw = article_html(site_dir, "parameters/index.html")
    for pid, entries in values.items():
        section = section_html(raw, anchor(pid))
        unfolded = section.split("<details", 1)[0]
        current = in_force_today(entries)
        if current:
            current = current[0]
            assert f"现行取值（{current} 起" in visible_text(unfolded), pid
        else:   # ended (e.g. a yearly rule not renewed): said so, every value folded
            assert "现在没有可用的取值" in visible_text(unfolded), pid
        for day, _ in entries:
            if day != current:
                assert f"{day} 起" not in visible_text(unfolded), f"{pid}: {day} is not folded"
                assert f"{day} 起" in visible_text(section), f"{pid}: {day} missing"


def test_parameters_page_names_each_values_source_and_last_check(site_dir, values):
    raw = article_html(site_dir, "parameters/index.html")
    for pid, entries in values.items():
        section = section_html(raw, anchor(pid))
        p_file, key = pid.split(".", 1)
        last_checked = raw_yaml(DATA / "parameters" / f"{p_file}.yaml")[key]["last_checked"]
        assert f"最后核对：{last_checked}" in visible_text(section), pid
        for day, entry in entries:
            assert f'href="../sources/#{entry["reference"]["source"]}"' in section, f"{pid} {day} source"


def test_parameters_page_warns_beside_a_current_value_that_is_not_verified(site_dir, sources, values):
    raw = article_html(site_dir, "parameters/index.html")
    for pid, entries in values.items():
        section = section_html(raw, anchor(pid)).split("<details", 1)[0]
        current = in_force_today(entries)
        label = expected_label(current[1], sources) if current else "已核实"
        if label in ("转述", "未核实"):
            assert "admonition warning" in section, f"{pid}: no caveat"
        elif label != "已核实":   # the site's own default says so beside the value, and the section explains it
            assert f"{label}）" in visible_text(section), pid


def test_home_page_shows_each_current_number_with_its_source_and_label(site_dir, sources, values):
    text = page_text(site_dir, "index.html")
    raw = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "2380 元（2025-12-01 起" in text   # 内政办发〔2025〕40号, the class-1 wage from December 2025
    assert 'href="sources/#nm_min_wage_2025"' in raw
    for pid in ("benefit.rate_first_12", "benefit.rate_after_12"):
        day, entry = max(values[pid])
        label = expected_label(entry, sources)
        assert label == "转述"   # only a newspaper report of the 2025-12 notice was seen
        assert re.search(rf"{day} 起；[^）]*{label}", text), pid
    assert "只见到新闻报道或转载" in text   # the caveat that goes with 转述


def test_sources_page_has_an_anchor_for_every_source(site_dir, sources):
    raw = (site_dir / "sources" / "index.html").read_text(encoding="utf-8")
    for sid in sources:
        assert f'id="{sid}"' in raw
