"""The settings dialog and its pages (health, language); other areas add pages to it.

May import Qt, the layers below the faces and `ui.common`.
"""
