"""Derived data's models: rows recomputable from the user's records, so never dumped, merged or
counted as the user's. Deleting them loses nothing but time (see ARCHITECTURE.md).
"""

from __future__ import annotations

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from clientfit.store.models import BaseModel, Client


class SignalCache(BaseModel):
    """One client's health signals as of one day, kept so scoring need not re-read every message.

    Written and read by `clientfit.health.cache`; a row is valid only for its `day` and `basis`
    (the settings the signals depend on); its `score` only while `scored` matches. Triggers
    (`store.signal_triggers`) delete a client's row whenever one of its messages, hours,
    invoices, payments, deliverables, revision rounds or considerations is written.
    """

    client = ForeignKeyField(Client, primary_key=True, on_delete="CASCADE")
    day = DateField()
    basis = CharField()
    inbound = IntegerField(default=0)
    after_hours = IntegerField(default=0)
    asks_change = IntegerField(default=0)
    inbound_long = IntegerField(default=0)
    short_billable_s = IntegerField(default=0)
    long_s = IntegerField(default=0)
    tenure_days = IntegerField(default=0)
    # Five columns hold, since cache version 4, what their names no longer say (the lateness
    # per invoice of issue 13, without a migration): store.signal_cache.STORED_AS.
    invoiced_s = IntegerField(default=0)  # judged_invoices
    paid_on_due = IntegerField(default=0)  # late_invoices
    late_weighted = FloatField(default=0.0)  # late_amount
    overdue = IntegerField(default=0)
    overdue_weighted = FloatField(default=0.0)  # worst_late_days
    open_not_due = IntegerField(default=0)
    invoices = IntegerField(default=0)
    received = IntegerField(default=0)  # judged_amount
    deliverables = IntegerField(default=0)
    rounds = IntegerField(default=0)
    considered = IntegerField(default=0)
    revenue = IntegerField(default=0)  # invoiced in the long window (money_currency minor units)
    money_currency = CharField(null=True)  # what the money columns count in (None: no invoices)
    unrated = CharField(null=True)  # currencies left out for want of a rate, "EUR,USD"
    due_count = IntegerField(default=0)  # invoices due in the long window
    first_day = IntegerField(null=True)  # the client's first record (date ordinal)
    inbound_days = IntegerField(default=0)  # days since the first inbound message of the window
    score = SmallIntegerField(null=True)  # the score last computed from this row ...
    scored = CharField(null=True)  # ... and the portfolio-wide inputs it was computed with


class MailSource(BaseModel):
    """An mbox file or Maildir folder the user imported, and where reading it stopped.

    The next import of the same source reads only what was appended after `offset` (an mbox) or
    delivered after `mtime_ns` (a Maildir), provided the message read last is still where it was
    and the reading rules (`rules_version`) have not changed since; otherwise it is read whole.
    """

    path = TextField(unique=True)  # resolved
    kind = CharField()  # mbox | maildir
    device = IntegerField(default=0)  # identity: st_dev and st_ino of the file or folder
    inode = IntegerField(default=0)
    size = IntegerField(default=0)  # bytes read (mbox)
    offset = IntegerField(default=0)  # where the last message read starts (mbox)
    last_message_id = TextField(default="")
    messages = IntegerField(default=0)  # the number of the last message read (mbox)
    mtime_ns = IntegerField(default=0)  # the newest file time read (Maildir: mtime or ctime)
    rules_version = CharField(default="")
    read_at = DateTimeField(null=True)

    class Meta:
        table_name = "mail_source"


class BandMark(BaseModel):
    """The band a client was seen in from `day` on: a row only when the band changed, written
    by `store.band_marks` whenever today's scores are known. "The band dropped since last week"
    compares the newest row with the newest one a week old; without rows a drop is not noticed
    for a week, nothing else is lost."""

    client = ForeignKeyField(Client, backref="band_marks", on_delete="CASCADE")
    day = DateField()
    band = CharField()
    score = SmallIntegerField(null=True)

    class Meta:
        # by day too: only a client with a mark in the last week can have changed band
        indexes = ((("client", "day"), True), (("day",), False))


class OpenInvoice(BaseModel):
    """An invoice not yet paid in full, and what is still owed: kept by triggers on `invoice` and
    `payment` (store/open_invoices.py) for the Today list's invoices to chase."""

    invoice_id = IntegerField(primary_key=True)  # no foreign key: merges repoint invoices freely
    client_id = IntegerField()
    due_on = DateField()
    owed = IntegerField()  # minor units

    class Meta:
        table_name = "open_invoice"
        indexes = ((("due_on",), False),)


# MailSource only says how far a file was read: without it the file is read whole again.
DERIVED_MODELS: list[type[BaseModel]] = [SignalCache, MailSource, BandMark, OpenInvoice]
