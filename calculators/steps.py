"""Questions one step at a time (after GOV.UK smart-answers flows): a calculator with more than three
questions declares STEPS beside its INPUTS — which questions each step asks, and when an optional step
is asked at all. Routing is data: the browser runtime only evaluates these conditions, so adding a
calculator stays Python (and YAML)."""
from dataclasses import dataclass

# Conditions on an earlier answer, as the browser reads it from the form:
#   is       the answer equals value (a choice's code, true/false)
#   is_not   the answer differs from value, or is not given (yet): a step is skipped only on a clear answer
#   at_least the answer is a number ≥ value
OPS = ("is", "is_not", "at_least")


@dataclass(frozen=True)
class When:
    field: str
    op: str
    value: object

    def __post_init__(self):
        if self.op not in OPS:
            raise ValueError(f"When({self.field!r}): unknown op {self.op!r}")

    def spec(self) -> dict:
        return {"field": self.field, "op": self.op, "value": self.value}


@dataclass(frozen=True)
class Step:
    title: str                 # the step's heading: the question, or a short name for a small group
    fields: tuple              # the inputs it asks, by name
    when: tuple = ()           # When conditions, all of which must hold for the step to be asked

    def spec(self) -> dict:
        return {"title": self.title, "fields": list(self.fields), "when": [w.spec() for w in self.when]}


def check_steps(steps: tuple, inputs: tuple) -> list[str]:
    """Problems with a calculator's STEPS: every input asked exactly once, in the INPUTS order, and
    conditions only on answers asked in an earlier step."""
    names = [f.name for f in inputs]
    asked = [name for step in steps for name in step.fields]
    problems = []
    if sorted(asked) != sorted(names):
        problems.append(f"steps ask {asked}, inputs are {names}")
    elif asked != names:
        problems.append(f"steps ask {asked} out of the inputs' order {names}")
    earlier: set = set()
    for i, step in enumerate(steps):
        for cond in step.when:
            if cond.field not in earlier:
                problems.append(f"step {i + 1} ({step.title}) depends on {cond.field!r}, not asked before it")
        earlier.update(step.fields)
    return problems
