"""Find text that does not fit its widget: the check behind the Swedish layout tests.

Swedish words run long ("Betalningsvillkor", "Uppsägningstid"); a label, button, check box, tab or
menu title that is narrower than its text shows a cut-off word. Word-wrapping labels and rich text
are left out (they reflow), so are hidden widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

SLACK = 1  # px of rounding


def _plain(text: str) -> str:
    """The text as drawn: mnemonic marks gone, && as &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names[:4]))


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        return None
    if label.sizePolicy().horizontalPolicy().name == "Ignored":
        return None  # deliberately sized by its container (e.g. a client name heading)
    metrics = label.fontMetrics()
    shown = _plain(text) if label.buddy() is not None else text
    need = max(metrics.horizontalAdvance(line) for line in shown.splitlines())
    available = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if need > available + SLACK:
        return f"label {shown!r}: needs {need}px, has {available}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint().width()
    if hint > button.width() + SLACK:
        return f"{type(button).__name__} {_plain(button.text())!r}: needs {hint}px, has {button.width()}px"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    """The shown item (or a spin box's value and suffix) wider than the field it is drawn in."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    if need > field.width() + SLACK:
        return f"combo box {text!r}: needs {need}px, has {field.width()}px"
    return None


def _spin_problem(spin: QAbstractSpinBox) -> str | None:
    edit = spin.lineEdit()
    text = spin.text()
    if not text or edit is None:
        return None
    need = spin.fontMetrics().horizontalAdvance(text)
    available = edit.width() - 4  # the line edit's own text margins
    if need > available + SLACK:
        return f"{type(spin).__name__} {text!r}: needs {need}px, has {available}px"
    return None


def _tabbar_problems(bar: QTabBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        text = _plain(bar.tabText(i))
        rect = bar.tabRect(i)
        need = metrics.horizontalAdvance(text)
        if rect.width() < need:
            problems.append(f"tab {text!r}: needs {need}px, has {rect.width()}px")
        elif rect.right() > bar.width() + SLACK or rect.left() < 0:
            problems.append(f"tab {text!r}: scrolled out of the tab bar ({bar.width()}px wide)")
    return problems


def _menubar_problems(bar: QMenuBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    for action in bar.actions():
        if not action.isVisible() or not action.text():
            continue
        rect = bar.actionGeometry(action)
        text = _plain(action.text())
        if rect.isEmpty() or rect.right() > bar.width() + SLACK:
            problems.append(f"menu {text!r}: does not fit the menu bar")
        elif rect.width() < metrics.horizontalAdvance(text):
            problems.append(f"menu {text!r}: needs {metrics.horizontalAdvance(text)}px")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    problems = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation())
        if not isinstance(text, str) or not text:
            continue
        need = metrics.horizontalAdvance(text)
        if header.orientation() == Qt.Orientation.Horizontal and header.sectionSize(section) < need:
            problems.append(f"column {text!r}: needs {need}px, has {header.sectionSize(section)}px")
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under `root` (itself included) that its widget cuts off.

    Layout requests still queued are run first, as they are before the next paint: a label whose
    text just changed ("" to "×1,5") keeps its old width until then, which no user ever sees."""
    for _ in range(3):  # nested layouts post their parents' requests as they run
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            found = [problem] if problem else []
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            problem = _button_problem(widget)
            found = [problem] if problem else []
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
            found = [problem] if problem else []
        elif isinstance(widget, QAbstractSpinBox):
            problem = _spin_problem(widget)
            found = [problem] if problem else []
        elif isinstance(widget, QTabBar):
            found = _tabbar_problems(widget)
        elif isinstance(widget, QMenuBar):
            found = _menubar_problems(widget)
        elif isinstance(widget, QHeaderView):
            found = _header_problems(widget)
        problems += [f"{_where(widget)}: {p}" for p in found]
    return problems
