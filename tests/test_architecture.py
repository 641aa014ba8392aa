"""The shape of the code that docs/architecture.md promises, checked.

The layers themselves are checked by ``lint-imports`` (pyproject.toml) in
CI; here: imports written inside functions stay few and explained, modules
stay small, and the repository refers to nothing outside itself.
"""

import ast
import subprocess
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
MAX_DEFERRED_IMPORTS = 20
MAX_LINES = 500
#: Data, not logic: the demo's Vietnamese texts and the settings.
DATA_FILES = {"core/demo/content.py", "website/settings/base.py"}


def project_files(suffixes=(".py",)):
    listed = subprocess.run(  # noqa: S603 - git, on our own repository
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [name for name in listed if name.endswith(suffixes) and (ROOT / name).exists()]


def code_files():
    return [
        name
        for name in project_files()
        if not name.startswith("tests/") and "/migrations/" not in name
    ]


def deferred_imports(name):
    """(line, statement, comment above) of each import inside a function."""
    text = (ROOT / name).read_text(encoding="utf-8")
    lines = text.splitlines()
    found = []

    class Visitor(ast.NodeVisitor):
        depth = 0

        def visit_FunctionDef(self, node):
            self.depth += 1
            self.generic_visit(node)
            self.depth -= 1

        visit_AsyncFunctionDef = visit_FunctionDef

        def visit_Import(self, node):
            if self.depth:
                # The reason is a comment on the line, or above the group of
                # imports the statement belongs to (blank lines between).
                index = node.lineno - 2
                while index >= 0 and (
                    not lines[index].strip()
                    or lines[index].lstrip().startswith(("from ", "import "))
                ):
                    index -= 1
                above = lines[index].strip() if index >= 0 else ""
                same = lines[node.lineno - 1]
                found.append((node.lineno, ast.unparse(node), above, same))

        visit_ImportFrom = visit_Import

    Visitor().visit(ast.parse(text))
    return found


def test_imports_inside_functions_are_few_and_each_says_why():
    found = {name: deferred_imports(name) for name in code_files()}
    total = sum(len(items) for items in found.values())
    assert total <= MAX_DEFERRED_IMPORTS, {n: i for n, i in found.items() if i}
    unexplained = [
        f"{name}:{line}: {statement}"
        for name, items in found.items()
        for line, statement, above, same in items
        if not above.startswith("#") and "#" not in same
    ]
    assert unexplained == []


def test_no_module_of_code_is_over_500_lines():
    long = {
        name: count
        for name in code_files()
        if name not in DATA_FILES
        and (count := len((ROOT / name).read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_nothing_refers_outside_the_repository():
    outside = "../" + "shared"
    hits = [
        name
        for name in project_files((".py", ".md", ".html", ".txt", ".toml", ".po"))
        if outside in (ROOT / name).read_text(encoding="utf-8", errors="replace")
    ]
    assert hits == []
