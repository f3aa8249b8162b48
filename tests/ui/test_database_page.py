"""Settings → Database: which database this window uses, and a PostgreSQL server for the next start."""

from __future__ import annotations

import pytest

from clientfit.ui.common.database_choice import stored_url
from clientfit.ui.settings.database_page import DatabasePage


def test_the_address_is_kept_for_the_next_start_and_cleared_back_to_the_file(qtbot):
    page = DatabasePage("/home/anna/clientfit.db")
    qtbot.addWidget(page)
    assert "a file: /home/anna/clientfit.db" in page.current.text()

    page.url.setText("postgresql://anna@studio-server/clientfit")
    page.save()
    assert stored_url() == "postgresql://anna@studio-server/clientfit"

    page.url.setText("")
    page.save()
    assert stored_url() is None


def test_an_address_that_is_not_postgresql_is_refused(qtbot):
    page = DatabasePage("")
    qtbot.addWidget(page)
    page.url.setText("mysql://anna@studio-server/clientfit")

    with pytest.raises(ValueError, match="postgresql://"):
        page.save()
    assert stored_url() is None


def test_test_connection_says_what_it_found(qtbot, pg_server):
    from clientfit.store.database import close_database, open_database, schema_version

    url = pg_server.url(pg_server.create_database())
    page = DatabasePage(url)
    qtbot.addWidget(page)
    assert "a PostgreSQL database" in page.current.text()
    page.url.setText(url)

    page.test.click()
    qtbot.waitUntil(lambda: page.test.isEnabled(), timeout=20_000)
    assert "the database is new" in page.result.text()

    open_database(url)
    close_database()
    page.test.click()
    qtbot.waitUntil(lambda: page.test.isEnabled(), timeout=20_000)
    assert f"a Clientfit database (schema {schema_version()})" in page.result.text()


def test_a_server_that_is_down_is_said_on_the_page(qtbot, tmp_path):
    page = DatabasePage("")
    qtbot.addWidget(page)
    page.url.setText(f"postgresql://anna:secret@/clientfit?host={tmp_path}&port=1")

    page.test.click()
    qtbot.waitUntil(lambda: page.test.isEnabled(), timeout=20_000)

    assert "Cannot open the PostgreSQL database" in page.result.text()
    assert "secret" not in page.result.text()
