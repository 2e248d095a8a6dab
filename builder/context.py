from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Context:
    """What the build steps share. Steps read earlier steps' results from here; nothing else is global."""

    root: Path = ROOT
    data_dir: Path = ROOT / "policy_data"
    docs_src: Path = ROOT / "docs"            # hand-written pages and site assets (committed)
    stage: Path = ROOT / "build" / "docs"     # docs_src + generated pages: mkdocs reads this
    build: Path = ROOT / "build"              # generated files that are not pages: policy.json, deploy/nginx.conf
    site: Path = ROOT / "site"
    data: dict = field(default_factory=dict)    # validated policy_data, by kind (see builder.data)
    policy: dict = field(default_factory=dict)  # compiled policy (policy.json) for calculators
    csp_hashes: list = field(default_factory=list)  # SHA-256 of the built pages' inline scripts (builder.csp)
