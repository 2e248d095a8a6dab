"""policy_data/search.yaml: each kind of mistake gives one message naming the file and the line."""
import shutil
from pathlib import Path

import pytest

from builder.data import load_all

from datafixture import edit, errors_of, line_of

ROOT = Path(__file__).resolve().parents[2]
REL = "search.yaml"
FILE = "policy_data/search.yaml"


@pytest.fixture
def search_dir(tmp_path) -> Path:
    """The real file alone: its pages are checked against the real navigation."""
    root = tmp_path / "policy_data"
    root.mkdir()
    shutil.copy(ROOT / "policy_data" / REL, root / REL)
    return root


def test_the_real_file_is_valid(search_dir):
    data = load_all(search_dir, only=("search",))["search"]
    assert "失业金" in next(g["asked"] for g in data["words"] if "失业保险金" in g["says"])
    assert data["pages"]["calculators/retirement/"][0] == "退休年龄怎么算？"


BROKEN = {
    "a word with a space": ("asked: [失业金,", "asked: [失业 金,", "asked: [失业 金,",
                            "words[0].asked[0]: “失业 金” 不能作为一个搜索词：只能由汉字、字母和数字组成（不含空格和标点）"),
    "a question without its question mark": ("    - 退休年龄怎么算？", "    - 退休年龄怎么算", "- 退休年龄怎么算",
                                              "pages.calculators/retirement/[0]: “退休年龄怎么算” 应以全角问号“？”结尾"),
    "a page that is not in the navigation": ("  calculators/refund/:", "  calculators/refunds/:", "calculators/refunds/:",
                                             "pages.calculators/refunds/: 未知的网站页面（mkdocs.yml 的 nav） “calculators/refunds/”"),
}


@pytest.mark.parametrize("old,new,needle,problem", BROKEN.values(), ids=BROKEN.keys())
def test_one_mistake_one_message(search_dir, old, new, needle, problem):
    edit(search_dir, REL, old, new)
    line = line_of(search_dir, REL, needle)
    assert f"{FILE}:{line}: {problem}" in errors_of(search_dir, only=("search",))


def test_every_calculator_and_checklist_page_lists_its_questions(search_dir):
    edit(search_dir, REL, "  checklists/skill-subsidy/:", "  forms/certificate-job-fit/:")
    line = (search_dir / REL).read_text(encoding="utf-8").splitlines().index("pages:") + 1
    assert f"{FILE}:{line}: pages: 缺少页面 checklists/skill-subsidy/ 能回答的问题" in errors_of(search_dir, only=("search",))
