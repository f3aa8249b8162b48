"""Real data in and out: importers for the files freelancers already have, and exporters.

Public API:
- `run_import(path, kind="auto", progress=, cancel=, confirm=) -> ImportSummary` - one transaction;
  `preview(path, kind)` - the same, rolled back.
- `detect(path, kind="auto") -> Detected` - what a file is, or `FormatError` naming what is supported.
- `export_json(path)`, `export_csv(what, path)` (roster | time | invoices), and
  `clientfit.intake.calendar.write_ics(path, events)` for meetings and key dates.

May import `common/`, `store/` and the plumbing (`i18n`, `fileio`); never `health/` or
`offboarding/` (its siblings), `core/`, `packet/` or a face. (import-linter: pyproject.toml.)
"""

from clientfit.intake.base import (
    KINDS,
    FormatError,
    ImportCancelled,
    ImportSummary,
    IntakeError,
    Rejection,
)
from clientfit.intake.csvexport import export_csv
from clientfit.intake.detect import Detected, detect
from clientfit.intake.dump import export_json
from clientfit.intake.runner import preview, run_import

__all__ = [
    "KINDS",
    "Detected",
    "FormatError",
    "ImportCancelled",
    "ImportSummary",
    "IntakeError",
    "Rejection",
    "detect",
    "export_csv",
    "export_json",
    "preview",
    "run_import",
]
