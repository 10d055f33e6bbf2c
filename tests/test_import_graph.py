"""The web package, the workers and the classifiers do not import each other in a loop.

Until issue 16, `feedback/app.py` imported `workers/pipeline.py` (for the embedded runner),
which imported `feedback/exports/services.py`, then `feedback/exports/pack.py`, which imported
`feedback/app.py` back for its templates folder; `feedback/doctor.py` and `workers/settings.py`
were in the same circle. Imports placed inside functions hid it until one ran first in a fresh
process. The graph below counts those imports too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("feedback", "workers", "classifiers")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the project's modules it imports, at load time or inside a function."""
    files = {_module_name(path): path for pkg in PACKAGES for path in (REPO / pkg).rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([node.module] if node.module else [])])
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for neighbour in sorted(graph[node]):
            if neighbour not in index:
                visit(neighbour)
                low[node] = min(low[node], low[neighbour])
            elif neighbour in on_stack:
                low[node] = min(low[node], index[neighbour])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_finds_a_known_cycle():
    # The check itself: a made-up circle of three is found, a chain is not.
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_no_module_imports_itself_through_others():
    graph = import_graph()
    assert "feedback.app" in graph and "workers.pipeline" in graph
    assert cycles(graph) == []


def test_the_web_package_never_imports_the_task_code_at_load_time():
    # Jobs are enqueued by name (workers.jobs); only the embedded runner, built in the app's
    # lifespan, reaches the task functions, through workers.registry.
    tree = ast.parse((REPO / "feedback" / "app.py").read_text(encoding="utf-8"))
    top_level = {
        node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module
    }
    assert not {"workers.pipeline", "workers.registry", "workers.settings"} & top_level


def test_each_module_of_the_former_circle_imports_alone():
    # A fresh interpreter per module: the order of first imports is what a cycle breaks on.
    modules = [
        "feedback.app",
        "workers.pipeline",
        "feedback.exports.services",
        "feedback.exports.pack",
        "feedback.doctor",
        "workers.settings",
        "workers.registry",
    ]
    processes = {
        module: subprocess.Popen(
            [sys.executable, "-c", f"import {module}"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for module in modules
    }
    failures = {}
    for module, process in processes.items():
        _, stderr = process.communicate(timeout=120)
        if process.returncode != 0:
            failures[module] = stderr.strip().splitlines()[-1:]
    assert failures == {}
