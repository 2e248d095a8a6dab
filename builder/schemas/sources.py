from builder.schema import DateOrMonth, Enum, Id, List, Map, Null, Str

KIND = "sources"
FILES = "sources.yaml"
REQUIRED = True
CONFIDENCE = ("seen-verbatim", "seen-paraphrased", "derived", "recalled-unverified",
              "site-default")   # the site's own setting (screening thresholds), not an official rule

SCHEMA = List(Map({
    "id": Id(),
    "title": Str(),
    "short": Str(),
    "issuer": Str(),
    "doc_number": Null(Str()),
    "issued": Null(DateOrMonth()),
    "in_force": Null(DateOrMonth()),
    "url": Null(Str()),
    "copy_read": Null(Str()),
    "status": Str(),
    "verified": Enum(*CONFIDENCE),
    "note": Str(),
}, optional=("note",)), min_len=1, unique="id")


def check(doc, c):
    for i, s in enumerate(doc.data):
        for key in ("url", "copy_read"):
            url = s.get(key)
            if isinstance(url, str) and not url.startswith(("https://", "http://")):
                c.add((i, key), f"网址应以 http:// 或 https:// 开头：{url}")


def defines(doc):
    return {"source": {s["id"]: doc.line((i,)) for i, s in enumerate(doc.data)
                       if isinstance(s, dict) and isinstance(s.get("id"), str)}}
