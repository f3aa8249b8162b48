"""The offboarding packet (PDF, reportlab): plain data in - plan view, health, checklist - pages out.
No Qt, no database of its own.

Sits above the domain layers: may import `health/`, `offboarding/`, `intake/`, `common/`, `store/`
and the plumbing; never `core/` or a face. (import-linter: pyproject.toml.)
"""
