"""Build step before mkdocs: the jieba user dictionary the search plugin segments pages with.

docs/search_dict.txt holds the domain terms as the notice writes them (word, frequency, tag);
the words people search with, and the site's words they stand for (policy_data/search.yaml), are
added so that jieba keeps them whole too: 个人原因 stays one token instead of 个人 / 原因.
mkdocs.yml's search `jieba_dict_user` points at the result, build/search_dict.txt.
Also here: the questions a page answers, for the page templates (questions()).
"""
import os
import re

DICTIONARY = "build/search_dict.txt"      # relative to the repo root (builder.mkdocs runs there)
ADDED_FREQUENCY = 20000                  # as most domain terms in docs/search_dict.txt
HAN_WORD = re.compile(r"^[\u3400-\u9fff]{2,}$")   # jieba only ever sees runs of Chinese characters


def search_words(data: dict) -> list[str]:
    """Every word of policy_data/search.yaml, says and asked, in file order, once."""
    words = [w for group in data["search"]["words"] for w in [*group["says"], *group["asked"]]]
    return list(dict.fromkeys(words))


def questions(ctx, page: str) -> list[str]:
    """The questions the page at this site path (calculators/retirement/) answers; [] if none."""
    return ctx.data["search"]["pages"].get(page, [])


def run(ctx) -> None:
    base = (ctx.docs_src / "search_dict.txt").read_text(encoding="utf-8").splitlines()
    known = {line.split(" ", 1)[0] for line in base if line.strip()}
    added = [f"{w} {ADDED_FREQUENCY} n" for w in search_words(ctx.data) if HAN_WORD.match(w) and w not in known]
    path = ctx.root / DICTIONARY
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed: a second build (tests/build/test_reproducible.py) rewrites this fixed path
    # (mkdocs.yml names it) while other tests may be reading it.
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text("\n".join(base + added) + "\n", encoding="utf-8")
    os.replace(partial, path)
