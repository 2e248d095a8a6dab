from builder.schema import List, Map, Ref, Str

KIND = "glossary"
FILES = "glossary.yaml"
REQUIRED = True

SCHEMA = List(Map({
    "term": Str(),
    "reading": Str(),
    "explanation": Str(),
    "sections": List(Ref("section")),
    "source": Map({"source": Ref("source"), "article": Str()}, optional=("article",)),
}, optional=("reading", "source")), min_len=1, unique="term")
