"""Intake fixtures: the sample files, a fixed time zone, and a way to see that nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture
def fixture_path():
    def get(name: str) -> Path:
        return FIXTURES / name

    return get


@pytest.fixture
def stockholm(database):
    """Exports are read as Stockholm wall-clock time (CET/CEST), whatever the test machine says."""
    from clientfit.health.config import TIME_ZONE
    from clientfit.store.settings import set_setting

    set_setting(TIME_ZONE, "Europe/Stockholm")
    return database


@pytest.fixture
def me(database):
    from clientfit.intake.mail import OWN_ADDRESSES
    from clientfit.store.settings import set_setting

    set_setting(OWN_ADDRESSES, ["eva@studio.se"])
    return "eva@studio.se"


@pytest.fixture
def copy_fixture(tmp_path):
    """A private copy of a fixture, to cut or garble."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        if (FIXTURES / name).is_dir():
            shutil.copytree(FIXTURES / name, target)
        else:
            shutil.copy(FIXTURES / name, target)
        return target

    return copy


@pytest.fixture
def snapshot():
    """Every row of every table: equal snapshots mean the database did not change."""
    from clientfit.store.models import ALL_MODELS

    def take() -> dict:
        return {
            m._meta.table_name: list(m.select().order_by(m._meta.primary_key).tuples())
            for m in ALL_MODELS
        }

    return take
