from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site. ./dev test builds it before pytest starts."""
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is not built: run ./dev test (or python build.py) first")
    return SITE


@pytest.fixture(scope="session")
def nginx(site_dir, tmp_path_factory):
    """(base URL, rendered configuration, work directory) of Debian's nginx serving site/ with deploy/'s configuration."""
    from nginx_server import running_nginx

    with running_nginx(site_dir, tmp_path_factory.mktemp("nginx")) as served:
        yield served
