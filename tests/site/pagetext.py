"""Reading built pages as a reader sees them: the visible text, the main article, one section."""
import html
import re
from pathlib import Path

HIDDEN = re.compile(r"<(script|style)\b.*?</\1>|<!--.*?-->", re.S | re.I)


def visible_text(raw: str) -> str:
    """The text of an HTML fragment: scripts, styles and comments dropped, tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", HIDDEN.sub(" ", raw)))


def body_text(site_dir: Path, rel: str) -> str:
    raw = (site_dir / rel).read_text(encoding="utf-8")
    body = re.search(r"<body[^>]*>(.*)</body>", raw, re.S)
    return visible_text(body.group(1) if body else raw)


def article_html(site_dir: Path, rel: str) -> str:
    raw = (site_dir / rel).read_text(encoding="utf-8")
    return re.search(r"<article[^>]*>(.*?)</article>", raw, re.S).group(1)


def page_text(site_dir: Path, rel: str) -> str:
    """The visible text of a built page's article."""
    return visible_text(article_html(site_dir, rel))


def section_html(raw: str, anchor_id: str) -> str:
    """From the heading with this id to the next heading of the same or a higher level."""
    m = re.search(rf'<h([1-6])[^>]*\bid="{re.escape(anchor_id)}"', raw)
    assert m, f"no heading #{anchor_id}"
    level = int(m.group(1))
    rest = raw[m.start():]
    end = re.search(rf"<h[1-{level}][\s>]", rest[3:])
    return rest[:end.start() + 3] if end else rest


def site_pages(site_dir: Path) -> list[str]:
    """Every built HTML page, as a path relative to the site (404.html included)."""
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
