"""Errors an editor can act on: every problem names the file, the line and the fix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class Problem:
    file: str
    message: str
    fix: str = ""
    line: int = 0
    column: int = 0
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        text = f"{where}: {self.severity}: {self.message}"
        if self.fix:
            text += f"\n    fix: {self.fix}"
        return text


class InputError(Exception):
    """Bad input that stops one source from building (other sources still build).

    ``problem`` is the first (most useful) problem; ``problems`` lists all of them, and the message shows them all.
    """

    def __init__(self, problem: Problem, others: Iterable[Problem] = ()):
        self.problem = problem
        self.problems = [problem, *others]
        super().__init__("\n".join(str(p) for p in self.problems))
