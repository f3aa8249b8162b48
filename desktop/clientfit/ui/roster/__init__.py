"""The roster: the client list's table model, its filter, and the two reads that fill it.

May import Qt, the layers below the faces and `ui.common`.
"""
