"""One module per kind of policy data. builder.data discovers every module here; a module declares

    KIND = "glossary"            # key in ctx.data
    FILES = "glossary.yaml"      # glob under policy_data/; with "*" ctx.data[KIND] = {file stem: data}
    REQUIRED = True              # a missing file (no file matching the glob) is an error
    SCHEMA = Map({...})          # builder.schema validators for one file's data
    PREFIX = False               # optional: start labels with the file stem (parameters: benefit.rate_first_12)

and may define
    check(doc, c)                # further checks on one file after SCHEMA (c: builder.schema.Checker)
    defines(doc) -> {ref_kind: {id: line}}   # ids other files may reference with Ref(ref_kind)

Every key named `source` anywhere must be a source id from sources.yaml; that is checked for all
kinds without declaring it. A YAML file under policy_data/ that no module claims is an error.
"""
