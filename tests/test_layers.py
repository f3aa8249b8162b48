"""The layer rule: only ui/ (and the app entry points) may import Qt; lower layers never import upper ones."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "clientfit"
QT_FREE = ["store", "health", "offboarding", "intake", "packet", "commands"]
ORDER = ["store", "offboarding", "health", "intake", "packet"]  # bottom to top


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules_outside_ui():
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui" or rel.name == "__main__.py":
            continue
        yield rel, path


def test_no_module_outside_ui_imports_qt():
    offenders = [
        str(rel)
        for rel, path in _modules_outside_ui()
        if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in _imports(path))
    ]
    assert offenders == []


def test_domain_layers_import_only_layers_below_them():
    offenders = []
    for rel, path in _modules_outside_ui():
        layer = rel.parts[0]
        if layer not in ORDER:
            continue
        allowed_above = [*ORDER[ORDER.index(layer) + 1 :], "ui", "cli", "commands"]
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "clientfit" and len(parts) > 1 and parts[1] in allowed_above:
                offenders.append(f"{rel} imports {name}")
    assert offenders == []
