"""Every text the UI code shows goes through Qt's translation (tr / translate), found by an AST walk.

A string literal handed straight to a text-taking Qt call (setText, setWindowTitle, QLabel(...),
QMessageBox.warning(...), ...) would stay English in a Swedish app. Literals without a lowercase
letter (currency codes, "–", "%") are not words and pass; so does a line marked `# i18n: ignore`
(endonyms like "Svenska", brand names).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "desktop" / "clientfit" / "ui"

# method name -> which positional arguments are user-visible text (None: all)
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setLabelText": (0,),
    "setTitle": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "setButtonText": (1,),
    "showMessage": (0,),
    "addItem": (0,),
    "addItems": None,
    "insertItem": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addMenu": (0,),
    "addAction": (0,),
    "addButton": (0,),
    "addRow": (0,),
    "setHeaderLabels": None,
    "setHorizontalHeaderLabels": None,
    "setVerticalHeaderLabels": None,
    "setNameFilter": (0,),
}
TEXT_CONSTRUCTORS = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QToolButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QMenu": (0,),
    "QCommandLinkButton": (0, 1),
}
# QMessageBox.warning(parent, title, text), QInputDialog.getText(parent, title, label), ...
STATIC_DIALOGS = {
    "QMessageBox": {"information", "warning", "critical", "question", "about"},
    "QInputDialog": {"getText", "getInt", "getDouble", "getItem", "getMultiLineText"},
    "QFileDialog": {
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
    },
}


def _is_words(node: ast.AST) -> bool:
    """A literal (or the literal parts of an f-string / list) holding a lowercase letter."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.islower() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_words(e) for e in node.elts)
    if isinstance(node, ast.BinOp):  # "a" + "b", "…" % x
        return _is_words(node.left) or _is_words(node.right)
    return False


def _text_args(call: ast.Call) -> list[ast.AST]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    owner = (
        func.value.id
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
        else None
    )
    if owner in STATIC_DIALOGS and name in STATIC_DIALOGS[owner]:
        positions: tuple[int, ...] | None = (1, 2)
        if owner == "QFileDialog":
            positions = (1, 3)
    elif isinstance(func, ast.Name) and name in TEXT_CONSTRUCTORS:
        positions = TEXT_CONSTRUCTORS[name]
    elif isinstance(func, ast.Attribute) and name in TEXT_METHODS:
        positions = TEXT_METHODS[name]
    else:
        return []
    args = list(call.args)
    picked = args if positions is None else [args[i] for i in positions if i < len(args)]
    keywords = {"text", "title", "toolTip", "placeholderText", "caption", "filter", "label"}
    picked += [k.value for k in call.keywords if k.arg in keywords]
    return picked


def unwrapped_strings(source: str, filename: str = "<ui>") -> list[str]:
    """'file:line: text' for every literal shown to the user without tr()/translate()."""
    ignored = {n for n, line in enumerate(source.splitlines(), 1) if "# i18n: ignore" in line}
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        for arg in _text_args(node):
            if _is_words(arg) and arg.lineno not in ignored and node.lineno not in ignored:
                found.append(f"{filename}:{arg.lineno}: {ast.unparse(arg)}")
    return found


def tr_on_other_objects(source: str, filename: str = "<ui>") -> list[str]:
    """`parent.tr("…")`: lupdate files it under the context "parent", the app looks elsewhere."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr"
            and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")
            )
        ):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def _ui_files() -> list[Path]:
    return sorted(UI.glob("*.py"))


def test_no_string_in_the_ui_code_is_shown_without_translation():
    found = []
    for path in _ui_files():
        found += unwrapped_strings(path.read_text(encoding="utf-8"), path.name)
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


def test_tr_is_only_called_on_self():
    found = []
    for path in _ui_files():
        found += tr_on_other_objects(path.read_text(encoding="utf-8"), path.name)
    assert not found, (
        'use self.tr() or QCoreApplication.translate("Context", …) instead:\n' + "\n".join(found)
    )


@pytest.mark.parametrize(
    "code",
    [
        'label.setText("Hello")',
        'QLabel("Name:")',
        'self.setWindowTitle(f"Edit {name}")',
        'box.addItems(["one", "two"])',
        'QMessageBox.warning(self, "Oops", text)',
        'self.tabs.addTab(page, "History")',
        'QFileDialog.getSaveFileName(self, "Export", "", "PDF files (*.pdf)")',
    ],
)
def test_the_check_catches_a_bare_literal(code):
    assert unwrapped_strings(code)


@pytest.mark.parametrize(
    "code",
    [
        'label.setText(self.tr("Hello"))',
        'QLabel(QCoreApplication.translate("Ctx", "Name:"))',
        'combo.addItems(["SEK", "EUR"])',
        'label.setText("–")',
        'label.setText("")',
        'combo.addItem("Svenska", "sv")  # i18n: ignore',
        'label.setText(f"{n} ({k})")',
        "QMessageBox.warning(self, APP_NAME, str(exc))",
    ],
)
def test_the_check_lets_translated_and_wordless_text_pass(code):
    assert not unwrapped_strings(code)
