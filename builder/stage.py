"""Build step 3: copy the hand-written pages and assets (docs/) into the staging tree build/docs/,
which the page steps fill with generated Markdown and mkdocs then reads."""
import shutil

# Build inputs kept in docs/ that are not site content.
NOT_PUBLISHED = {"search_dict.txt"}   # the jieba user dictionary, read by the search plugin


def run(ctx) -> None:
    if ctx.stage.exists():
        shutil.rmtree(ctx.stage)
    shutil.copytree(ctx.docs_src, ctx.stage, ignore=lambda d, names: [n for n in names if n in NOT_PUBLISHED])
