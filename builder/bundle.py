"""Temporary scaffold: replaced by its owner's real step. Writes nothing but empty nav targets."""

PAGES = []


def run(ctx):
    for rel in PAGES:
        path = ctx.stage / rel
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("# 建设中\n", encoding="utf-8")
