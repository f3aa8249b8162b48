"""What several screens share: the generic record table model and tab, the record tables' setup
(`tables`), yes-or-no questions (`dialogs`), dates, numbers and money as the language writes them
(`formatting`, over `common/numbers`), background tasks, the band colours and the app's language.

May import Qt and every layer below the faces (store, common, health, offboarding, intake,
packet, core); of `ui/` nothing but itself.
"""
