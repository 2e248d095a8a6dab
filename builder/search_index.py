"""Build step after mkdocs: teach the search index the words people search with.

How the theme's search worker reads a Chinese query (mkdocs-material 9.x, segment() in
assets/javascripts/workers/search.*.js): it cuts each run of Chinese characters greedily into
terms that are already in the index, longest first, and searches each as a prefix (term*). A
character that starts no index term ends the cut there, and the last character of the run is
never part of a term. So the words people type have to be index terms, on the sections they
should find; a section's own words are not enough when people use other words (失业金 for
失业保险金) or shorter ones (退休年龄 inside 法定退休年龄).

For every section in site/search/search_index.json this step adds, as extra fields that are
searched but not shown:
  title_words, text_words  the words people use for what the title / text says
                           (policy_data/search.yaml `words`), and the shorter words inside its
                           long terms that are terms elsewhere in the index (法定退休年龄 →
                           退休年龄, 退休, 年龄, 法定), so that 退休年龄 finds 法定退休年龄;
  vocabulary               (weight ~0) every Chinese term less its last character, once in the
                           whole index, so that the cut can reach a query's last word
                           (…需要什么材料 → 材*, …什么是失业登记 → 失业登*); and the question
                           phrases of search.yaml on their page (是什么意思 on the glossary), so
                           that the cut keeps them whole instead of reading 是* (是否, …).
The fields' weights are in mkdocs.yml (plugins → search → fields).
"""
import json
import re

FIELDS = ("title_words", "text_words", "vocabulary")
HAN_TERM = re.compile(r"^[\u3400-\u9fff]+$")
NUMBERED = re.compile(r"^第|[一二三四五六七八九十百千零]{2}")   # 第二十四条, 二十四个月
TAG = re.compile(r"<[^>]+>")
JOIN = "\u200b"        # the separator the theme's indexer itself puts between jieba's words


class SearchConfigMissing(SystemExit):
    pass


def terms(value: str, separator: re.Pattern) -> list[str]:
    """The index terms of a field as the worker makes them: markup out, split, lower case."""
    return [t.lower() for t in separator.split(TAG.sub(" ", value)) if t and t.strip()]


def people_words(value: str, groups: list) -> list[str]:
    """The words people use for what this text says."""
    plain = TAG.sub(" ", value).replace(JOIN, "").lower()
    return [w for g in groups if any(s.lower() in plain for s in g["says"]) for w in g["asked"]]


def inner_words(found: list[str], known: set[str]) -> list[str]:
    """The index terms (known) inside the long Chinese terms of a field: four characters or more,
    as inside shorter ones they are mostly fragments (养老金 → 老金); numbers are left whole
    (第二十四条 is not 二十 + 十四)."""
    long_terms = [t for t in found if len(t) > 3 and HAN_TERM.match(t) and not NUMBERED.search(t)]
    return [t[i:j] for t in long_terms for i in range(len(t)) for j in range(i + 2, len(t) + 1)
            if (i, j) != (0, len(t)) and t[i:j] in known]


def extra_words(value: str, found: list[str], groups: list, known: set[str]) -> list[str]:
    have = set(found)
    extra = [w.lower() for w in people_words(value, groups) + inner_words(found, known)]
    return [w for w in dict.fromkeys(extra) if w not in have]


def add_vocabulary(docs: list[dict], separator: re.Pattern, phrases: dict[int, list[str]]) -> None:
    """The vocabulary field: question phrases on their page (phrases: section number → phrases),
    and for every Chinese index term, the term less its last character, once in the index, on a
    section that has the term. The worker's cut stops one character short of a query's end, so
    什么是失业登记 can only be read as …失业登* when 失业登 is a term, else as 失业* + 登*,
    which finds far more than it should."""
    first: dict[str, int] = {}                 # index term → the first section that has it
    for n, doc in enumerate(docs):
        for field in ("title", "text", "title_words", "text_words"):
            for t in terms(doc.get(field, ""), separator):
                first.setdefault(t, n)
    vocabulary: dict[int, list[str]] = {}
    for n, words in phrases.items():
        for w in words:
            if first.setdefault(w, n) == n:
                vocabulary.setdefault(n, []).append(w)
    for t, n in list(first.items()):
        stem = t[:-1]
        if stem and HAN_TERM.match(t) and stem not in first:
            first[stem] = n
            vocabulary.setdefault(n, []).append(stem)
    for n, words in vocabulary.items():
        docs[n]["vocabulary"] = JOIN.join(words)


def page_phrases(docs: list[dict], groups: list) -> dict[int, list[str]]:
    """Question phrases (policy_data/search.yaml `phrases`) by the number of their page's section."""
    where = {doc["location"]: n for n, doc in enumerate(docs)}
    found: dict[int, list[str]] = {}
    for group in groups:
        page = group["page"].lstrip("/")
        if page in where:
            found.setdefault(where[page], []).extend(group["phrases"])
    return found


def enrich(index: dict, search: dict) -> dict:
    """Add the extra fields to every section of the index (search: policy_data/search.yaml)."""
    missing = [f for f in FIELDS if f not in index["config"]["fields"]]
    if missing:
        raise SearchConfigMissing(f"mkdocs.yml 的 search 插件缺少字段设置（fields）：{'、'.join(missing)}")
    separator = re.compile(index["config"]["separator"])
    for doc in index["docs"]:
        for field in FIELDS:
            doc.pop(field, None)      # rebuilt from scratch (the step may run again on its output)
    known = {t for doc in index["docs"] for field in ("title", "text") for t in terms(doc[field], separator)}
    for doc in index["docs"]:
        for field, words_field in (("title", "title_words"), ("text", "text_words")):
            extra = extra_words(doc[field], terms(doc[field], separator), search["words"], known)
            if extra:
                doc[words_field] = JOIN.join(extra)
    add_vocabulary(index["docs"], separator, page_phrases(index["docs"], search["phrases"]))
    return index


def run(ctx) -> None:
    path = ctx.site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    enrich(index, ctx.data["search"])
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
