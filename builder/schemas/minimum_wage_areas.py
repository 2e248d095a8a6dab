from builder.schema import Bool, List, Map, Ref, Str

KIND = "minimum_wage_areas"
FILES = "minimum_wage_areas.yaml"
REQUIRED = True

_AREA = List(Map({"city": Str(), "units": List(Str(), min_len=1), "verified": Bool()}))

SCHEMA = Map({
    "source": Ref("source"),
    "note": Str(),
    "counts_quote": Str(),
    "classes": Map({"class1": _AREA, "class2": _AREA, "class3": _AREA}),
})
