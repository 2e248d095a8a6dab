from builder.schema import Id, List, Map, Ref, Str

KIND = "glossary"
FILES = "glossary.yaml"
REQUIRED = True

SCHEMA = List(Map({
    "term": Str(),
    "id": Id(),              # optional anchor for links from other pages (ASCII)
    "reading": Str(),
    "explanation": Str(),
    "sections": List(Ref("section")),
    "source": Map({"source": Ref("source"), "article": Str()}, optional=("article",)),
}, optional=("id", "reading", "source")), min_len=1, unique="term")
