"""i18n test fixtures: the update script as a module, and the app switched to Swedish for one test."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def updater():
    """scripts/update_translations.py, imported (it holds the extraction rules)."""
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def swedish(qapp):
    """The app in Swedish (Qt translators, QLocale, gettext) for one test, English again after."""
    from PySide6.QtCore import QLocale

    from clientfit import i18n
    from clientfit.ui import translations

    before = QLocale()
    assert translations.apply_language(qapp, "sv") == "sv"
    yield qapp
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    i18n.set_language("en")
