"""Policy text goes into pages as a Markdown subset: emphasis, lists, links to the site and to
http(s), mailto: or tel: — but never raw HTML, entities, attribute lists ({: onclick=…}) or
javascript:/data: links. Quotes are escaped too, so the same text is safe in an HTML attribute.
Applied to every value a page template prints (builder/pages.py and builder/checklist_pages.py set it
as the Jinja `finalize`); helpers that build Markdown from data escape the data parts with
markdown_text() and return Markup, which finalize passes through unchanged.

json_script() writes JSON into a <script type="application/json"> element so that no text in it can
end the element or open a comment (</script>, <!--, <script).
"""
import html
import json
import re

from markupsafe import Markup

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f]")          # browsers drop these inside a scheme
_INLINE_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+).*$", re.M)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"})
_ATTR_LIST = re.compile(r"\{(?=[^\n]*\})")                    # {: #id .class key=value } on one line


def url_is_safe(url: str) -> bool:
    """A relative URL, or one whose scheme is http(s), mailto or tel (after what browsers ignore)."""
    plain = _IGNORED_IN_URL.sub("", html.unescape(url)).lower().strip("<>")
    scheme = _SCHEME.match(plain)
    return scheme is None or scheme.group(1) in SAFE_SCHEMES


def safe_url(url: str) -> str:
    """The URL, percent-encoding what could end a Markdown link or an HTML attribute; "#" if unsafe."""
    if not url_is_safe(url):
        return "#"
    return re.sub(r"""[\x00-\x20"'<>()\\`{}\x7f]""", lambda m: "%{:02X}".format(ord(m.group())), url)


def markdown_text(text) -> str:
    """Text for a Markdown page: HTML and attribute lists escaped, unsafe links reduced to their text."""
    escaped = _ATTR_LIST.sub(r"\\{", str(text).translate(_ESCAPES))

    def inline(match):
        bang, label, target = match.groups()
        url = target.strip().split(" ", 1)[0].strip("<>")
        return match.group(0) if url_is_safe(url) else label

    escaped = _INLINE_LINK.sub(inline, escaped)
    return _REFERENCE.sub(lambda m: m.group(0) if url_is_safe(m.group(1).strip("<>")) else "", escaped)


def finalize(value):
    """Jinja finalize: every printed str is policy text unless a helper marked it Markup. The result
    is Markup, so an autoescaping environment does not escape it twice."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return Markup(markdown_text(value))


def json_script(value) -> str:
    """JSON for inside <script type="application/json">: <, > and & escaped as \\u003c etc."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
