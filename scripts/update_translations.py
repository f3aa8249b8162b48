"""Regenerate the translation catalogs: `python scripts/update_translations.py` (or `make translations`).

Two systems, one run:

- Qt (the `ui/` package): `pyside6-lupdate` over `desktop/clientfit/ui/*.py`, plus the strings that
  lupdate cannot see because their context is a module constant or they go through a small helper
  (`_t("paid")` where `def _t(text): return QCoreApplication.translate(CTX, text)`, `Column(CTX,
  "Sent", ...)`, `("RosterModel", "Client")` header tables). The result is merged with the
  translations already in `resources/translations/clientfit_sv.ts` (new strings arrive as
  type="unfinished", strings no longer used stay as type="vanished" so they come back translated),
  then `pyside6-lrelease` compiles the `.qm` that the app loads.
- gettext (the Qt-free layers): babel extracts `_()`, `N_()`, `NC_()` and `pgettext()` (with their
  msgctxt), `gettext()`, `ngettext()` (also as attributes, `t._(...)`) from store/, health/, offboarding/, intake/, packet/, commands/ and cli.py,
  merges into `resources/locale/sv/LC_MESSAGES/clientfit.po` and compiles `clientfit.mo`. The .po
  is the one home of their Swedish, the packet's included: translate there, then run this.

Both compiled files are committed, so a clean clone runs without a build step; tests check they
match their sources. `--check` changes nothing and exits 1 when a run would change a file.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "clientfit"
UI = PACKAGE / "ui"
TS = ROOT / "resources" / "translations" / "clientfit_sv.ts"
QM = TS.with_suffix(".qm")
PO = ROOT / "resources" / "locale" / "sv" / "LC_MESSAGES" / "clientfit.po"
MO = PO.with_suffix(".mo")
GETTEXT_SOURCES = (
    "store",
    "health",
    "offboarding",
    "intake",
    "packet",
    "core",
    "commands",
    "cli.py",
)
GETTEXT_KEYWORDS = {
    "_": None,
    "N_": None,
    "NC_": ((1, "c"), 2),
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
}
FIXED_DATE = dt.datetime(2026, 11, 26, tzinfo=dt.timezone.utc)  # stable .po header, no churn


# --- Qt: the strings lupdate misses -------------------------------------------------------------


def _const_str(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _is_translate(func: ast.AST) -> bool:
    """QCoreApplication.translate / QT_TRANSLATE_NOOP (with or without a module prefix)."""
    if isinstance(func, ast.Attribute):
        return func.attr in ("translate", "QT_TRANSLATE_NOOP")
    return isinstance(func, ast.Name) and func.id in ("translate", "QT_TRANSLATE_NOOP")


def _call_name(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _translate_helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Module functions of one parameter that return translate(<fixed context>, <parameter>), and
    names bound to `translator(<fixed context>)` (ui/common/translate.py)."""
    helpers = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and _call_name(node.value.func) == "translator"
            and len(node.value.args) == 1
        ):
            context = _const_str(node.value.args[0], constants)
            if context:
                helpers[node.targets[0].id] = context
            continue
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        param = node.args.args[0].arg
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Return)
                and isinstance(sub.value, ast.Call)
                and _is_translate(sub.value.func)
                and len(sub.value.args) >= 2
                and isinstance(sub.value.args[1], ast.Name)
                and sub.value.args[1].id == param
            ):
                context = _const_str(sub.value.args[0], constants)
                if context:
                    helpers[node.name] = context
    return helpers


def ui_class_names(files: list[Path]) -> set[str]:
    names = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
    return names


def _string_tables(tree: ast.Module) -> dict[str, list[tuple[str, int]]]:
    """NAME -> its strings, for module- and class-level tuples/lists made only of str literals."""
    tables: dict[str, list[tuple[str, int]]] = {}
    bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for node in body:
            value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
            if not isinstance(value, (ast.Tuple, ast.List)) or not value.elts:
                continue
            if not all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts
            ):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    tables[target.id] = [(e.value, e.lineno) for e in value.elts]
    return tables


def _table_name(node: ast.AST) -> str | None:
    """HEADERS for `HEADERS[i]`, `self.HEADERS[i]` or `Model.HEADERS[i]`."""
    if not isinstance(node, ast.Subscript):
        return None
    value = node.value
    if isinstance(value, ast.Name):
        return value.id
    if isinstance(value, ast.Attribute):
        return value.attr
    return None


def _enclosing_classes(tree: ast.Module) -> dict[ast.AST, str]:
    owner: dict[ast.AST, str] = {}
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for sub in ast.walk(cls):
            owner[sub] = cls.name  # inner classes are visited later and win
    return owner


def extra_qt_messages(path: Path, contexts: set[str]) -> Iterator[tuple[str, str, int]]:
    """(context, source, line) for the translatable strings in `path` that lupdate cannot see."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        if isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    helpers = _translate_helpers(tree, constants)
    known = contexts | {c for c in constants.values() if c in contexts or c in helpers.values()}
    tables = _string_tables(tree)
    owner = _enclosing_classes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node.func)
            args = node.args
            # a table of strings indexed inside a translate call: _tr(self.HEADERS[section])
            context, table = None, None
            if name in helpers and len(args) == 1:
                context, table = helpers[name], _table_name(args[0])
            elif name == "tr" and len(args) == 1 and node in owner:
                context, table = owner[node], _table_name(args[0])
            elif _is_translate(node.func) and len(args) == 2:
                context, table = _const_str(args[0], constants), _table_name(args[1])
            if context and table in tables:
                for text, line in tables[table]:
                    yield context, text, line
                continue
            if _is_translate(node.func) and len(args) >= 2:
                context, text = _const_str(args[0], constants), _const_str(args[1], {})
                if context and text and isinstance(args[0], ast.Name):
                    yield context, text, node.lineno  # lupdate needs a literal context
            elif name in helpers and len(args) == 1:
                text = _const_str(args[0], {})
                if text:
                    yield helpers[name], text, node.lineno
            elif len(args) >= 2 and isinstance(args[0], ast.Name):
                # Column(CTX, "Sent", ...): a context constant followed by the text
                context, text = _const_str(args[0], constants), _const_str(args[1], {})
                if (context in known or name == "Column") and text:  # a record_model column
                    yield context, text, node.lineno
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
            context = _const_str(node.elts[0], constants)
            text = _const_str(node.elts[1], {})
            if context in known and text:
                yield context, text, node.lineno  # ("RosterModel", "Client") header tables


# --- Qt: .ts merge ----------------------------------------------------------------------------


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def read_ts(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Every message of a .ts by (context, source, comment)."""
    if not path.exists():
        return {}
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[_key(name, message)] = message
    return messages


def _new_message(source: str, filename: str, line: int) -> ET.Element:
    message = ET.Element("message")
    ET.SubElement(message, "location", filename=filename, line=str(line))
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "translation", type="unfinished")
    return message


def _location(path: Path) -> str:
    """A source file as lupdate writes it: relative to the .ts file's folder."""
    return Path(os.path.relpath(path, TS.parent)).as_posix()


def build_ts(old: dict[tuple[str, str, str], ET.Element]) -> bytes:
    files = sorted(UI.rglob("*.py"))
    TS.parent.mkdir(parents=True, exist_ok=True)
    # next to the real .ts, so lupdate's relative locations read the same
    handle, name = tempfile.mkstemp(prefix=".fresh", suffix="_sv.ts", dir=TS.parent)
    os.close(handle)
    fresh_path = Path(name)
    fresh_path.unlink()
    try:
        command = [_tool("pyside6-lupdate"), *map(str, files), "-locations", "absolute"]
        subprocess.run(
            [*command, "-ts", str(fresh_path)],
            check=True,
            capture_output=True,
        )
        fresh = read_ts(fresh_path)
    finally:
        fresh_path.unlink(missing_ok=True)
    contexts = ui_class_names(files) | {k[0] for k in fresh}
    for path in files:
        for context, source, line in extra_qt_messages(path, contexts):
            key = (context, source, "")
            if key not in fresh:
                fresh[key] = _new_message(source, _location(path), line)
            else:
                ET.SubElement(fresh[key], "location", filename=_location(path), line=str(line))
    merged: dict[tuple[str, str, str], ET.Element] = {}
    for key, message in fresh.items():
        previous = old.get(key)
        translation = message.find("translation")
        if previous is not None and previous.find("translation") is not None:
            message.remove(translation)
            kept = _copy(previous.find("translation"))
            if kept.get("type") in ("vanished", "obsolete"):
                kept.attrib.pop("type")
                if not "".join(kept.itertext()).strip():
                    kept.set("type", "unfinished")
            message.append(kept)
        merged[key] = message
    for key, previous in old.items():
        if key in merged:
            continue
        translation = previous.find("translation")
        if translation is None or not "".join(translation.itertext()).strip():
            continue  # never translated: nothing worth keeping
        gone = ET.Element("message", previous.attrib)
        ET.SubElement(gone, "source").text = key[1]
        if key[2]:
            ET.SubElement(gone, "comment").text = key[2]
        kept = _copy(translation)
        kept.set("type", "vanished")
        gone.append(kept)
        merged[key] = gone
    return _write_ts(merged)


def _copy(element: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(element))


def _write_ts(messages: dict[tuple[str, str, str], ET.Element]) -> bytes:
    root = ET.Element("TS", version="2.1", language="sv_SE", sourcelanguage="en")
    by_context: dict[str, list[tuple[tuple[str, str, str], ET.Element]]] = {}
    for key, message in messages.items():
        by_context.setdefault(key[0], []).append((key, message))
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for _, message in sorted(by_context[name], key=lambda item: item[0][1:]):
            context.append(message)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n").encode()


def compile_qm(ts_path: Path, qm_path: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_path), "-qm", str(qm_path)],
        check=True,
        capture_output=True,
    )


# --- gettext ----------------------------------------------------------------------------------


def gettext_template():
    """A babel Catalog of every msgid in the Qt-free layers."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(domain="clientfit", project="Clientfit", creation_date=FIXED_DATE)
    for name in GETTEXT_SOURCES:
        base = PACKAGE / name
        for path in sorted([base] if base.is_file() else base.rglob("*.py")):
            rel = path.relative_to(PACKAGE.parent).as_posix()
            for line, message, comments, context in extract_from_file(
                "python", str(path), keywords=GETTEXT_KEYWORDS, comment_tags=("TRANSLATORS:",)
            ):
                if not message or (isinstance(message, tuple) and not message[0]):
                    continue
                template.add(message, None, [(rel, line)], auto_comments=comments, context=context)
    return template


def build_po(old_po: bytes | None) -> tuple[bytes, bytes]:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    template = gettext_template()
    if old_po:
        catalog = read_po(io.BytesIO(old_po), locale="sv", domain="clientfit")
    else:
        catalog = Catalog(locale="sv", domain="clientfit", project="Clientfit")
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.header_comment = (
        "# Swedish for Clientfit's Qt-free layers (health, offboarding, intake, packet, CLI).\n"
        "# Regenerate with `make translations` (scripts/update_translations.py), then translate."
    )
    catalog.version = "1"
    catalog.creation_date = FIXED_DATE
    catalog.revision_date = FIXED_DATE
    catalog.last_translator = "Clientfit translators"
    catalog.language_team = "Swedish"
    catalog.msgid_bugs_address = ""
    catalog.fuzzy = False
    po_out = io.BytesIO()
    write_po(po_out, catalog, width=100, sort_output=True, include_previous=False)
    mo_out = io.BytesIO()
    write_mo(mo_out, catalog)
    return po_out.getvalue(), mo_out.getvalue()


# --- main -------------------------------------------------------------------------------------


def _write_if_changed(path: Path, data: bytes, check: bool) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    if not check:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"{'would update' if check else 'updated'} {path.relative_to(ROOT)}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    changed = False

    ts = build_ts(read_ts(TS))
    changed |= _write_if_changed(TS, ts, args.check)
    with tempfile.TemporaryDirectory() as tmp:
        ts_path, qm_path = Path(tmp) / TS.name, Path(tmp) / QM.name
        ts_path.write_bytes(ts)
        compile_qm(ts_path, qm_path)
        changed |= _write_if_changed(QM, qm_path.read_bytes(), args.check)

    po, mo = build_po(PO.read_bytes() if PO.exists() else None)
    changed |= _write_if_changed(PO, po, args.check)
    changed |= _write_if_changed(MO, mo, args.check)
    _report_untranslated(ts, po)
    return 1 if (args.check and changed) else 0


def _report_untranslated(ts: bytes, po: bytes) -> None:
    """Say how much is left to translate, so a new string does not go unnoticed."""
    from babel.messages.pofile import read_po

    unfinished = sum(
        1
        for message in ET.fromstring(ts).iter("message")
        if message.find("translation").get("type") == "unfinished"
    )
    empty = sum(
        1
        for message in read_po(io.BytesIO(po))
        if message.id
        and not all(message.string if isinstance(message.string, tuple) else [message.string])
    )
    if unfinished or empty:
        print(
            f'to translate: {unfinished} in {TS.relative_to(ROOT)} (type="unfinished"), '
            f"{empty} in {PO.relative_to(ROOT)} (empty msgstr)"
        )


if __name__ == "__main__":
    raise SystemExit(main())
