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
    from clientfit.ui.common import translations as translations

    before = QLocale()
    assert translations.apply_language(qapp, "sv") == "sv"
    yield qapp
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    i18n.set_language("en")


@pytest.fixture(scope="session")
def clipped_texts():
    """clipping.clipped_texts(widget): every visible text that its widget cuts off."""
    path = Path(__file__).with_name("clipping.py")
    spec = importlib.util.spec_from_file_location("i18n_clipping", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.clipped_texts


@pytest.fixture(autouse=True)
def _finish_background_work(request):
    """Let a test's background jobs end before the next test (and its database) begins."""
    yield
    if "qapp" in request.fixturenames:
        from clientfit.ui.common.tasks import drain_background

        drain_background()  # results may start further jobs (the client picked meanwhile)
