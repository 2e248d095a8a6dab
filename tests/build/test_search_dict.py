"""The jieba user dictionary keeps the domain terms whole, so a search for them finds them; the
build adds the words people search with (policy_data/search.yaml) so that they stay whole too."""
import functools
import logging
from pathlib import Path

import jieba
import pytest
import yaml

from builder.search_words import DICTIONARY

ROOT = Path(__file__).resolve().parents[2]
DICT = ROOT / "docs" / "search_dict.txt"
BUILT = ROOT / DICTIONARY            # docs/search_dict.txt + policy_data/search.yaml, by ./dev build

# Phrases as the notice writes them; the term must come out as one token.
CASES = [
    ("失业保险金", "符合条件的发放失业保险金。"),
    ("失业登记", "要及时告知失业人员通过线上或线下渠道办理失业登记"),
    ("工作日", "自收到申请之日起10个工作日内需审核完毕"),
    ("法定退休年龄", "距改革实施前法定退休年龄不足1年的"),
    ("技能提升补贴", "持证申请失业保险技能提升补贴的"),
    ("证岗相适", "要确保证岗相适，应由职工所在企业提供盖章的证岗相适材料"),
    ("停保原因", "上传解除劳动关系协议及变更停保原因的情况说明"),
    ("代缴", "并代缴职工大额补充医疗保险费"),
    ("续发", "领金期满（核定续发）时"),
    ("综合柜台", "通过人社综合柜台窗口提交缴费票据等材料进行申请"),
    ("大龄领金人员", "关于大龄领金人员的说明"),
]


@functools.cache
def tokenizer(dictionary: Path) -> jieba.Tokenizer:
    jieba.setLogLevel(logging.ERROR)
    t = jieba.Tokenizer()
    t.load_userdict(str(dictionary))
    return t


def test_dictionary_lines_are_word_freq_tag():
    for n, line in enumerate(DICT.read_text(encoding="utf-8").splitlines(), 1):
        word, freq, tag = line.split(" ")
        assert word and freq.isdigit() and tag, f"search_dict.txt:{n}"


def test_mkdocs_points_search_at_the_built_dictionary():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    search = next(p["search"] for p in config["plugins"] if isinstance(p, dict) and "search" in p)
    assert (ROOT / search["jieba_dict_user"]) == BUILT      # resolved from the repo root (builder.mkdocs cwd)
    assert search["lang"] == "zh" and "\\u200b" in search["separator"]


# What people type, in a sentence the way they type it; the phrase must come out as one token.
PEOPLE = [
    ("个人原因", "单位把我写成了个人原因"),
    ("单位原因", "怎么改成单位原因"),
    ("失业金", "失业金一个月多少钱"),
    ("领失业金", "领失业金需要什么材料"),
    ("证书补贴", "证书补贴怎么领"),
]


# The domain terms stay whole with docs/search_dict.txt alone; with the built dictionary, people's
# words stay whole too and the domain terms still do.
SPLITS = [(DICT, *c) for c in CASES] + [(BUILT, *c) for c in PEOPLE + CASES]


@pytest.mark.parametrize("dictionary,term,sentence", SPLITS, ids=[f"{d.parent.name}-{t}" for d, t, _ in SPLITS])
def test_term_is_one_token(dictionary, term, sentence):
    assert term in list(tokenizer(dictionary).cut(sentence))


def test_the_built_dictionary_starts_with_the_domain_terms():
    base = DICT.read_text(encoding="utf-8").splitlines()
    built = BUILT.read_text(encoding="utf-8").splitlines()
    assert built[:len(base)] == base
    words = [line.split(" ")[0] for line in built]
    assert len(words) == len(set(words))
