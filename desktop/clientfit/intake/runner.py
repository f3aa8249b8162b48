"""One import, start to finish: detect the format, stream records through the writer, all in ONE
transaction that is committed only when everything went through (and, in the app, only when the
user confirms the preview). Cancel, an error, or a file with nothing readable in it leaves the
database exactly as it was."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import peewee

from clientfit.i18n import _
from clientfit.intake import (
    contactcsv,
    contactwrite,
    dump,
    invoices,
    invoicewrite,
    mail,
    mailparse,
    mailsource,
    timecsv,
    vcard,
)
from clientfit.intake.base import (
    CancelFn,
    ImportContext,
    ImportSummary,
    IntakeError,
    ProgressFn,
)
from clientfit.intake.byclient import client_lines
from clientfit.intake.clients import today_local
from clientfit.intake.detect import Detected, detect
from clientfit.store.database import db
from clientfit.store.engines import driver_errors, long_operation

ConfirmFn = Callable[[ImportSummary], bool]


class _Rollback(Exception):
    pass


def _dispatch(found: Detected, path: Path, ctx: ImportContext, summary: ImportSummary) -> None:
    if found.kind == "vcard":
        contactwrite.write(vcard.parse(path, ctx), summary)
    elif found.kind == "contacts":
        contactwrite.write(contactcsv.parse(path, found, ctx), summary)
    elif found.kind == "mbox":
        resume = mailsource.resume_point(path, found.fmt)
        summary.incremental = resume is not None
        if resume is not None:
            summary.notes.append(_("Only mail added since the last import was read."))
        mail.write(mailparse.parse(path, found.fmt, ctx, resume), summary, source=found.fmt)
        mailsource.remember(path, found.fmt, ctx.position, resume)
    elif found.kind == "time":
        timecsv.write(timecsv.parse(path, found, ctx), summary, source=found.fmt)
    elif found.kind == "invoices":
        invoicewrite.write(invoices.parse(path, found, ctx), summary, source=found.fmt)
    elif found.kind == "json":
        dump.load(path, ctx, summary)
    else:  # pragma: no cover - detect() only returns the kinds above
        raise IntakeError(found.kind)


def run_import(
    path: Path | str,
    kind: str = "auto",
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    confirm: ConfirmFn | None = None,
    date_order: str | None = None,
    date_order_how: str = "cli",
) -> ImportSummary:
    """Import `path` and return what happened.

    `progress(done, total)` and `cancel()` are called between batches; cancel raises
    `ImportCancelled`. `confirm(summary)` is called inside the transaction once everything is
    staged: True commits, False rolls back (a preview). `date_order` ("dmy" | "mdy" | "ymd") is
    what the user said about an ambiguous file's dates (`intake.dateorder`), `date_order_how`
    where: "cli" (--date-order) or "dialog" (the Import dialog's Dates). Raises `FormatError` / `IntakeError` when
    nothing could be imported; in every one of those cases nothing was written.
    """
    path = Path(path)
    found = detect(path, kind)
    summary = ImportSummary(path=str(path), format=_(found.label), kind=found.kind)
    ctx = ImportContext(
        progress, cancel, date_order=date_order, date_order_how=date_order_how, today=today_local()
    )
    started = time.perf_counter()
    try:
        # PostgreSQL: one import at a time per database (two people importing the same mbox at
        # once would otherwise both find its messages new); nothing on SQLite, whose write lock
        # already serialises writers
        with long_operation("import"), db.atomic():
            _dispatch(found, path, ctx, summary)
            summary.dates = ctx.dates
            summary.clients = client_lines(summary)
            if summary.read == 0 and not summary.incremental and not summary.left_out:
                raise _nothing_readable(summary)
            summary.seconds = time.perf_counter() - started
            if confirm is not None and not confirm(summary):
                raise _Rollback()
            summary.committed = True
    except _Rollback:
        summary.committed = False
    except OSError as exc:
        raise IntakeError(
            _("{path}: cannot be read ({error}).").format(path=path, error=exc)
        ) from None
    except (peewee.PeeweeException, *driver_errors(), OverflowError) as exc:
        from clientfit.store.text_limits import explain

        raise IntakeError(
            _("The import failed and nothing was changed: {error}").format(
                error=explain(exc) or exc
            )
        ) from exc
    if not summary.seconds:  # reading time only: the wait for the user's confirmation is not work
        summary.seconds = time.perf_counter() - started
    return summary


def _nothing_readable(summary: ImportSummary) -> IntakeError:
    if not summary.rejected:
        return IntakeError(
            _("{path}: there is nothing to import in this file.").format(path=summary.path)
        )
    first = "\n".join(f"  {r}" for r in summary.rejected[:5])
    return IntakeError(
        _("{path}: not one record could be read; nothing was changed. The first problems:").format(
            path=summary.path
        )
        + "\n"
        + first
    )


def preview(path: Path | str, kind: str = "auto", **kwargs) -> ImportSummary:
    """What importing `path` would do, without keeping any of it."""
    return run_import(path, kind, confirm=lambda _summary: False, **kwargs)
