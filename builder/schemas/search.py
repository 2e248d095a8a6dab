"""policy_data/search.yaml: the words people search with, and the questions each tool page answers."""
import re

from builder.schema import Dict, List, Map, Ref, Str

KIND = "search"
FILES = "search.yaml"
REQUIRED = True

# A word is one search term: no spaces or punctuation that the search box would split it at.
WORD = re.compile(r"^[0-9A-Za-z\u3400-\u9fff]+$")
# Pages that must say which questions they answer (pages under these folders, their index excepted).
QUESTION_FOLDERS = ("calculators/", "checklists/")


class Word(Str):
    def check(self, value, path, c):
        if not super().check(value, path, c):
            return False
        if not WORD.match(value):
            c.add(path, f"“{value}” 不能作为一个搜索词：只能由汉字、字母和数字组成（不含空格和标点）")
            return False
        return True


class Question(Str):
    def check(self, value, path, c):
        if not super().check(value, path, c):
            return False
        if not value.endswith("？"):
            c.add(path, f"“{value}” 应以全角问号“？”结尾")
            return False
        return True


SCHEMA = Map({
    "words": List(Map({"says": List(Word(), min_len=1), "asked": List(Word(), min_len=1)}), min_len=1),
    "phrases": List(Map({"page": Ref("page"), "phrases": List(Word(), min_len=1)})),
    "pages": Dict(Ref("page"), List(Question(), min_len=3)),
})


def check(doc, c):
    from builder.data import site_pages   # builder.data imports this module

    pages = doc.data.get("pages")
    if not isinstance(pages, dict):
        return
    listed = {link.strip("/") + ".md" for link in pages}
    for page in sorted(site_pages()):
        if page.startswith(QUESTION_FOLDERS) and not page.endswith("index.md") and page not in listed:
            c.add(("pages",), f"缺少页面 {page.removesuffix('.md')}/ 能回答的问题")
