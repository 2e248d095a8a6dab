"""Calculator pages as built: step-by-step questions declared in Python, rendered as plain HTML groups."""
import re

from calculators.api import REGISTRY
from calculators.steps import check_steps


def test_every_calculator_with_more_than_three_questions_declares_valid_steps():
    for name, module in REGISTRY.items():
        steps = getattr(module, "STEPS", ())
        if len(module.INPUTS) > 3:
            assert steps, f"{name} asks {len(module.INPUTS)} questions on one page"
        if steps:
            assert check_steps(steps, module.INPUTS) == [], name
            assert all(1 <= len(step.fields) <= 3 for step in steps), f"{name}: one question or a small group per step"


def test_a_condition_must_name_an_earlier_answer():
    from calculators.fields import Field
    from calculators.steps import Step, When

    inputs = (Field("a", "bool", "A"), Field("b", "int", "B"))
    assert check_steps((Step("A", ("a",)), Step("B", ("b",), when=(When("a", "is", True),))), inputs) == []
    assert check_steps((Step("B", ("b",), when=(When("a", "is", True),)), Step("A", ("a",))), inputs) != []
    assert check_steps((Step("A", ("a",)),), inputs) != []   # b never asked


def test_steps_are_plain_groups_in_the_static_form(site_dir):
    page = (site_dir / "calculators" / "eligibility" / "index.html").read_text(encoding="utf-8")
    start = page.index('<form class="calc-form"')
    form = page[start:page.index("</form>", start)]
    titles = re.findall(r'<h2 class="calc-step__title"[^>]*>([^<]+)</h2>', form)
    assert titles[0] == "您累计缴纳失业保险费多长时间？" and len(titles) == len(REGISTRY["eligibility"].STEPS)
    assert not re.search(r'<div class="calc-step"[^>]*\bhidden', form), "without JavaScript every step shows"
    assert 'name="contribution_months" data-part="years"' in form and 'inputmode="decimal"' in form
