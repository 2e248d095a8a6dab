"""Last build step: mkdocs build --strict from the repo root (build/docs → site/)."""
import os
import subprocess
import sys


class MkDocsFailed(SystemExit):
    pass


def run(ctx) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--clean",
         "--config-file", str(ctx.root / "mkdocs.yml"), "--site-dir", str(ctx.site)],
        cwd=ctx.root, env=env, capture_output=True, text=True)
    noise = ("Material for MkDocs reaches end of life", "Zensical is its maintained successor",
             "Building prefix dict", "Loading model", "Prefix dict has been built", "Dumping model to file")
    output = "\n".join(line for line in (result.stdout + result.stderr).splitlines()
                       if line.strip() and not any(n in line for n in noise))
    if result.returncode != 0:
        print(output, file=sys.stderr)
        print("mkdocs build --strict 失败（见上方的 WARNING / ERROR）。", file=sys.stderr)
        raise MkDocsFailed(1)
    if output:
        print(output, file=sys.stderr)
