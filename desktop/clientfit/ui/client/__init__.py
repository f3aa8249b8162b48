"""The selected client: its view with the record tabs, their columns, and the forms that edit
clients, contacts, notes and deliverables.

May import Qt, the layers below the faces, `ui.common` and `ui.health` (the panel on top).
"""
