"""File → Import…: the dialog that previews and imports a file, and its background worker.
(`importing`, not `import`: a keyword cannot name a package.)

May import Qt, the layers below the faces and `ui.common`.
"""
