"""The import preview, Client → Merge… and Settings → Imports in Swedish: translated, nothing cut off."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"


def test_the_import_preview_in_swedish_names_the_match_and_its_reason(
    qtbot, swedish, database, clipped_texts
):
    from clientfit.store.clients import add_client
    from clientfit.ui.importing.dialog import ImportDialog

    add_client("Tveksam Design", email="orjan@tveksam.se")
    dlg = ImportDialog(path=FIXTURES / "outlook_2016.vcf")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isVisible(), timeout=10_000)

    assert dlg.matched.stringList() == [
        "”Tveksam Design AB” matchades mot befintlig kund Tveksam Design "
        "(samma e-postadress orjan@tveksam.se)"
    ]
    assert dlg.problems.stringList() == ["rad 13: kortet saknar END:VCARD före nästa kort"]
    dlg.grab().save("/tmp/imports_preview_sv.png")
    problems = clipped_texts(dlg)
    dlg.cancel()
    qtbot.waitUntil(lambda: not dlg.running(), timeout=10_000)
    assert not problems, "\n".join(problems)


def test_merge_dialog_and_imports_page_in_swedish_fit(qtbot, swedish, database, clipped_texts):
    from clientfit.ui.client.merge import MergeDialog
    from clientfit.ui.settings.dialog import SettingsDialog

    merge = MergeDialog("Tveksam Design", [(2, "Tveksam Design AB")], lambda _id: None)
    qtbot.addWidget(merge)
    merge.show()
    settings = SettingsDialog()
    qtbot.addWidget(settings)
    settings.tabs.setCurrentWidget(settings.imports_page)
    settings.show()

    assert merge.windowTitle() == "Slå ihop kunder"
    assert settings.tabs.tabText(settings.tabs.indexOf(settings.imports_page)) == "&Importer"
    merge.grab().save("/tmp/imports_merge_sv.png")
    settings.grab().save("/tmp/imports_settings_sv.png")
    problems = clipped_texts(merge) + clipped_texts(settings.imports_page)
    assert not problems, "\n".join(problems)
