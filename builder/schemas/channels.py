from builder.schema import Bool, Enum, Id, List, Map, Null, Ref, Str

KIND = "channels"
FILES = "channels.yaml"
REQUIRED = True

SCHEMA = List(Map({
    "id": Id(),
    "name": Str(),
    "kind": Enum("counter", "phone", "online", "app"),
    "how": Str(),
    "use_for": List(Str(), min_len=1),
    "region": Str(),
    "source": Null(Ref("source")),
    "copy_read": Null(Str()),
    "verified": Bool(),
}), min_len=1, unique="id")


def defines(doc):
    return {"channel": {ch["id"]: doc.line((i,)) for i, ch in enumerate(doc.data)
                        if isinstance(ch, dict) and isinstance(ch.get("id"), str)}}
