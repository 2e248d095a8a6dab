from builder.schema import Bool, Enum, Id, List, Map, Null, Ref, Str

KIND = "channels"
FILES = "channels.yaml"
REQUIRED = True

SCHEMA = List(Map({
    "id": Id(),
    "name": Str(),
    "kind": Enum("counter", "phone", "online", "app"),
    "how": Str(),
    "url": Str(),            # the official address or tel: link shown with the channel
    "link_text": Str(),
    "use_for": List(Str(), min_len=1),
    "region": Str(),
    "source": Null(Ref("source")),   # null: the page says the channel has no written source
    "also": List(Ref("source"), min_len=1),
    "copy_read": Null(Str()),
    "verified": Bool(),
}, optional=("url", "link_text", "also")), min_len=1, unique="id")


def check(doc, c):
    for i, ch in enumerate(doc.data):
        url = ch.get("url") if isinstance(ch, dict) else None
        if isinstance(url, str) and not url.startswith(("https://", "http://", "tel:")):
            c.add((i, "url"), f"网址应以 https://、http:// 或 tel: 开头：{url}")


def defines(doc):
    return {"channel": {ch["id"]: doc.line((i,)) for i, ch in enumerate(doc.data)
                        if isinstance(ch, dict) and isinstance(ch.get("id"), str)}}
