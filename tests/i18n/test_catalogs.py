"""The Swedish catalogs are complete, consistent with the code, and compiled from their sources.

When one of these fails after you added or changed a string: run `make translations`, then
translate the new entries (type="unfinished" in clientfit_sv.ts, empty msgstr in clientfit.po).
"""

from __future__ import annotations

import io
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

PLACEHOLDER = re.compile(r"%L?\d+|\{[a-z_]*\}")
HINT = "run `make translations` and translate the new entries"


def _ts_messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _text(translation: ET.Element) -> list[str]:
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_swedish_qt_string_is_translated(updater):
    unfinished = []
    for context, message in _ts_messages(updater.TS):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue
        if kind in ("unfinished", "missing") or not all(t.strip() for t in _text(translation)):
            unfinished.append(f"{context}: {message.findtext('source')!r}")
    assert not unfinished, f"untranslated in clientfit_sv.ts ({HINT}):\n" + "\n".join(unfinished)


def test_swedish_qt_strings_keep_placeholders_and_shortcut_marks(updater):
    wrong = []
    for context, message in _ts_messages(updater.TS):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete", "unfinished"):
            continue
        source = message.findtext("source")
        for text in _text(translation):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                wrong.append(f"{context}: {source!r} -> {text!r} (& shortcut mark)")
    assert not wrong, "\n".join(wrong)


def test_the_ts_file_holds_every_string_the_ui_code_translates(updater):
    """Nothing translated in ui/ is missing from the .ts (what `make translations` would add)."""
    current = {key for key in updater.read_ts(updater.TS)}
    old = {}
    fresh = ET.fromstring(updater.build_ts(old))
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in fresh.iter("context")
        for message in context.iter("message")
        if (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
        not in current
    ]
    assert not missing, f"missing from clientfit_sv.ts ({HINT}):\n" + "\n".join(missing)


def test_the_committed_qm_is_compiled_from_the_ts(updater, tmp_path):
    qm = tmp_path / "clientfit_sv.qm"
    updater.compile_qm(updater.TS, qm)
    assert updater.QM.read_bytes() == qm.read_bytes(), f"clientfit_sv.qm is stale: {HINT}"


def _po():
    from babel.messages.pofile import read_po

    return read_po(io.BytesIO(_po_bytes()), locale="sv", domain="clientfit")


def _po_bytes() -> bytes:
    from clientfit.resources import resource

    return resource("locale", "sv", "LC_MESSAGES", "clientfit.po").read_bytes()


def test_every_gettext_msgid_of_the_qt_free_layers_has_swedish(updater):
    catalog = _po()
    missing = []
    for message in updater.gettext_template():
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        strings = [] if found is None else found.string
        strings = [strings] if isinstance(strings, str) else list(strings)
        if found is None or found.fuzzy or not strings or not all(s.strip() for s in strings):
            missing.append(repr(message.id) + f"  ({message.locations[0][0]})")
    assert not missing, f"no Swedish in clientfit.po ({HINT}):\n" + "\n".join(missing)


def test_swedish_gettext_strings_keep_their_placeholders():
    wrong = []
    for message in _po():
        if not message.id or not message.string:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        wanted = set(re.findall(r"\{[a-z_]*\}", ids[-1]))
        for text in strings:
            if not set(re.findall(r"\{[a-z_]*\}", text)) <= wanted | set(
                re.findall(r"\{[a-z_]*\}", ids[0])
            ):
                wrong.append(f"{message.id!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_the_committed_mo_is_compiled_from_the_po(updater):
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, _po())
    assert updater.MO.read_bytes() == out.getvalue(), f"clientfit.mo is stale: {HINT}"


def test_gettext_speaks_swedish_from_the_compiled_catalog():
    from clientfit.i18n import gettext_for, ngettext_for

    _ = gettext_for("sv")
    assert _("No messages, hours or invoices yet") == ("Inga meddelanden, timmar eller fakturor än")
    ngettext = ngettext_for("sv")
    text = "{n} message from the client so far (last 90 days)"
    plural = "{n} messages from the client so far (last 90 days)"
    assert ngettext(text, plural, 1).startswith("{n} meddelande ")
    assert ngettext(text, plural, 3).startswith("{n} meddelanden ")
    assert gettext_for("en")("Cool off") == "Cool off"


def test_band_and_factor_names_have_one_translation_the_ui_and_the_packet_share(swedish):
    """The roster, the gauge, the health panel and the packet call a band or a factor by one
    Swedish name: the health layer's gettext catalog (there is no second one in the .ts)."""
    from clientfit.health import factor_label
    from clientfit.health.bands import ALL_BANDS
    from clientfit.health.config import FACTOR_LABELS
    from clientfit.i18n import gettext_for
    from clientfit.ui.common.band_style import band_label

    _ = gettext_for("sv")
    for b in ALL_BANDS:
        assert band_label(b.key) == _(b.label) != b.label, b.label
    assert band_label("consider_ending") == "Överväg att avsluta"
    for key, label in FACTOR_LABELS.items():
        assert factor_label(key) == _(label), label
    assert factor_label("late_payment") == "Sena betalningar"


@pytest.mark.parametrize("tool", ["pyside6-lupdate", "pyside6-lrelease"])
def test_the_qt_translation_tools_are_installed(updater, tool):
    result = subprocess.run([updater._tool(tool), "-version"], capture_output=True, text=True)
    assert result.returncode == 0


def test_helper_calls_header_tables_and_context_constants_are_extracted(updater, tmp_path):
    """The strings lupdate cannot see: `_t("paid")`, `Column(CTX, "Sent")`, `_tr(HEADERS[i])`."""
    source = tmp_path / "view.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'CTX = "ClientView"\n'
        "def _t(text):\n"
        "    return QCoreApplication.translate(CTX, text)\n"
        'COLUMNS = [Column(CTX, "Sent", str)]\n'
        "class Model:\n"
        '    HEADERS = ("Client", "Share of hours")\n'
        '    PAIRS = (("Model", "Status"),)\n'
        "    def header(self, i):\n"
        "        return _t(self.HEADERS[i])\n"
        "    def status(self):\n"
        '        return _t("paid")\n'
        "    def other(self):\n"
        '        return QCoreApplication.translate(CTX, "Due")\n',
        encoding="utf-8",
    )
    found = {(c, s) for c, s, _ in updater.extra_qt_messages(source, {"Model", "ClientView"})}
    assert found == {
        ("ClientView", "Sent"),
        ("ClientView", "Client"),
        ("ClientView", "Share of hours"),
        ("Model", "Status"),
        ("ClientView", "paid"),
        ("ClientView", "Due"),
    }
