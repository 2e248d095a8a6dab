from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def policy() -> dict:
    """The compiled policy, from policy_data/ exactly as the build compiles it."""
    from builder.compile import compile_policy

    return compile_policy(ROOT / "policy_data")
