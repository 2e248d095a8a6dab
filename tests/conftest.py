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


# The longest test files (pytest --durations) go first: with pytest-xdist's --dist loadfile each file runs
# whole on one worker, and a long file handed out last leaves the other worker idle at the end.
LONGEST_FIRST = ("browser/test_every_page.py", "browser/test_runtime_snapshot.py", "browser/test_runtime_requests.py",
                 "browser/test_calculator_a11y.py", "browser/test_input_fuzz.py", "browser/test_forms_fuzz.py",
                 "browser/test_nginx_site.py", "browser/test_calculator_parity.py", "browser/test_calculator_share.py",
                 "browser/test_workbench.py", "browser/test_offline.py", "browser/test_calculator_privacy.py")


def pytest_collection_modifyitems(config, items):
    rank = {f"tests/{name}": i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))   # stable: files stay whole
