"""Validation errors: every problem names the file, the line and what is wrong."""
from dataclasses import dataclass


@dataclass(frozen=True)
class DataError:
    file: str      # path relative to the repository root, e.g. policy_data/parameters/benefit.yaml
    line: int      # 1-based; 0 when the problem concerns the whole file (e.g. it is missing)
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.problem}"


class DataErrors(Exception):
    """All the problems found in policy_data/, reported together so one run shows every mistake."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(errors, key=lambda e: (e.file, e.line, e.problem))
        super().__init__(self.report())

    def report(self) -> str:
        n = len(self.errors)
        lines = [str(e) for e in self.errors]
        lines.append(f"policy_data 校验失败：{n} 处错误，网站未生成。")
        return "\n".join(lines)
