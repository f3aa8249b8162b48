"""The contract register: per client, the signed contract itself and the terms the plan cites.

The file is stored inside the database (a blob), so backups, copies and encryption carry it along
with everything else; a contract known only by a path (from before the register, or `client set
--contract` on an old file) is still reported, by its path. Only the arguments given change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from clientfit.i18n import _
from clientfit.store.clients import ValidationError, checked_text
from clientfit.store.database import db
from clientfit.store.models import Client, Contract, utcnow

MAX_FILE = 50 * 1024 * 1024  # a signed PDF is rarely more than a few megabytes
MAX_TEXT = 5000
_UNSET = object()


@dataclass(frozen=True)
class ContractInfo:
    client_id: int
    file_name: str | None  # the document's name (or its path, when only a path is known)
    size: int  # bytes stored in the database; 0 when only a path is known
    notice_days: int | None
    clause: str | None  # where the notice is written, "§ 9"
    starts_on: dt.date | None
    renews_on: dt.date | None
    ends_on: dt.date | None
    termination: str | None
    rights: str | None

    @property
    def on_file(self) -> bool:
        return bool(self.file_name)


def contract_of(client: Client | int) -> ContractInfo | None:
    """The client's contract as the register knows it, or None when there is none at all."""
    cid = client if isinstance(client, int) else client.id
    row = (
        Contract.select(
            Contract.client,
            Contract.file_name,
            Contract.data.is_null(False).alias("has_data"),
            Contract.notice_days,
            Contract.clause,
            Contract.starts_on,
            Contract.renews_on,
            Contract.ends_on,
            Contract.termination,
            Contract.rights,
        )
        .where(Contract.client == cid)
        .first()
    )
    size = 0
    if row is not None and row.has_data:
        size = Contract.select(Contract.data).where(Contract.client == cid).scalar() or b""
        size = len(size)
    if row is None:
        path = Client.select(Client.contract_path).where(Client.id == cid).scalar()
        if not path:
            return None
        return ContractInfo(cid, path, 0, None, None, None, None, None, None, None)
    return ContractInfo(
        cid,
        row.file_name,
        size,
        row.notice_days,
        row.clause,
        row.starts_on,
        row.renews_on,
        row.ends_on,
        row.termination,
        row.rights,
    )


def contract_file(client: Client | int) -> tuple[str, bytes] | None:
    """The stored document (name, bytes), to open or save a copy; None if only a path is known."""
    row = (
        Contract.select(Contract.file_name, Contract.data).where(Contract.client == client).first()
    )
    if row is None or row.data is None:
        return None
    return row.file_name or "contract", bytes(row.data)


def _text(value, what: str):
    if value is _UNSET or value is None:
        return value
    too_long = _("The {what} is too long ({n} characters; at most {max}).")
    return checked_text(str(value).strip(), MAX_TEXT, too_long.replace("{what}", _(what))) or None


def read_contract_file(path: Path | str) -> tuple[str, bytes]:
    """Read a contract document to store it; a clear message naming the file when it cannot be."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise ValidationError(
                _("{path}: the file is too large to store ({mb} MB; at most {max} MB).").format(
                    path=path, mb=size // (1024 * 1024), max=MAX_FILE // (1024 * 1024)
                )
            )
        return path.name, path.read_bytes()
    except IsADirectoryError:
        raise ValidationError(_("{path} is a folder, not a document.").format(path=path)) from None
    except OSError as exc:
        raise ValidationError(
            _("Cannot read {path}: {error}").format(path=path, error=exc.strerror or exc)
        ) from None


def set_contract(
    client: Client,
    *,
    file: tuple[str, bytes] | object | None = _UNSET,
    notice_days: int | object | None = _UNSET,
    clause: str | object | None = _UNSET,
    starts_on: dt.date | object | None = _UNSET,
    renews_on: dt.date | object | None = _UNSET,
    ends_on: dt.date | object | None = _UNSET,
    termination: str | object | None = _UNSET,
    rights: str | object | None = _UNSET,
) -> ContractInfo:
    """Change the register entry of one client (created on first use), in one transaction.

    `file` is (name, bytes) from `read_contract_file`, or None to remove the document.
    """
    if notice_days is not _UNSET and notice_days is not None and not 0 <= notice_days <= 730:
        raise ValidationError(_("The contract's notice must be between 0 and 730 days."))
    values: dict = {}
    if file is not _UNSET:
        name, data = file if file is not None else (None, None)  # type: ignore[misc]
        values.update(file_name=name, data=data)
    for key, value in (
        ("notice_days", notice_days),
        ("starts_on", starts_on),
        ("renews_on", renews_on),
        ("ends_on", ends_on),
    ):
        if value is not _UNSET:
            values[key] = value
    for key, value, what in (
        ("clause", clause, "clause"),
        ("termination", termination, "termination terms"),
        ("rights", rights, "rights"),
    ):
        if value is not _UNSET:
            values[key] = _text(value, what)
    begin = values.get("starts_on")
    end = values.get("ends_on")
    with db.atomic():
        row = Contract.get_or_none(Contract.client == client.id)
        if row is None:
            row = Contract.create(
                client=client.id, file_name=client.contract_path, updated_at=utcnow()
            )
        begin = begin or row.starts_on
        end = end or row.ends_on
        if begin and end and end < begin:
            raise ValidationError(_("The contract ends before it starts."))
        values["updated_at"] = utcnow()
        Contract.update(**values).where(Contract.client == client.id).execute()
        if "file_name" in values:
            Client.update(contract_path=values["file_name"]).where(Client.id == client.id).execute()
    result = contract_of(client.id)
    assert result is not None
    return result
