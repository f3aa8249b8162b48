"""The peewee models: the whole domain, as stored.

Conventions: money in integer minor units (`*_minor`, öre/cents) with a currency code, converted to
`Decimal` at the edges; dates as `date`; moments as naive UTC `datetime` (the user's time zone is
applied when shown or judged). Names that must match case-insensitively keep a `*_key` beside them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)

from clientfit.store.database import db


def utcnow() -> dt.datetime:
    """Now, as the naive UTC datetime every stored moment uses."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def name_key(name: str) -> str:
    """The form names are matched in: surrounding space gone, case folded, inner space collapsed."""
    return " ".join(name.split()).casefold()


def to_minor(amount: Decimal | int | str) -> int:
    """Decimal money to integer minor units (two decimals, half-up as accountants round)."""
    return int((Decimal(str(amount)) * 100).quantize(Decimal(1), rounding="ROUND_HALF_UP"))


def from_minor(minor: int | None) -> Decimal:
    """Integer minor units back to a two-decimal Decimal."""
    return (Decimal(minor or 0) / 100).quantize(Decimal("0.01"))


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Setting(BaseModel):
    """A user preference, stored as JSON text; `store.settings` knows the keys and defaults."""

    key = CharField(primary_key=True)
    value = TextField()


class Client(BaseModel):
    id = AutoField()
    name = CharField()
    name_key = CharField(unique=True)
    status = CharField(default="active", index=True)  # active | archived
    currency = CharField(default="SEK")
    payment_terms_days = IntegerField(default=30)
    disrespectful = BooleanField(default=False)
    gut = SmallIntegerField(null=True)  # the user's own rating, 1 (dread) .. 5 (delight)
    contract_path = TextField(null=True)  # a document on disk, or None when there is no contract
    created_at = DateTimeField(default=utcnow)
    ended_on = DateField(null=True)
    # Today reminds the user when no message, meeting or note came for this many days (None: never)
    keep_in_touch_days = IntegerField(null=True)
    # record versions (migration 0016, store/record_versions.py): who saved last, and when
    row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    changed_by = CharField(null=True)
    changed_at = DateTimeField(null=True)

    def save(self, *args, **kwargs):
        """A plain save of a loaded client never writes its version columns: a stale instance
        would otherwise put back an older version and hide someone else's newer edit."""
        if self._pk is not None and not kwargs.get("force_insert") and "only" not in kwargs:
            kwargs["only"] = [
                f
                for f in self._meta.sorted_fields
                if f.name not in ("row_version", "changed_by", "changed_at")
                and f is not self._meta.primary_key
            ]
        return super().save(*args, **kwargs)


class Need(BaseModel):
    """What a client needs from a provider ("branding", "wordpress"): tags, and the referral match."""

    client = ForeignKeyField(Client, backref="needs", on_delete="CASCADE")
    name = CharField()
    key = CharField()

    class Meta:
        indexes = ((("client", "key"), True),)


class Contact(BaseModel):
    client = ForeignKeyField(Client, backref="contacts", on_delete="CASCADE")
    name = CharField()
    title = CharField(null=True)
    created_at = DateTimeField(default=utcnow)


class ContactPoint(BaseModel):
    """One e-mail address or phone number of a contact; `key` is the matching form (lower-case)."""

    contact = ForeignKeyField(Contact, backref="points", on_delete="CASCADE")
    kind = CharField()  # email | phone
    value = CharField()
    key = CharField(index=True)
    label = CharField(null=True)


class Note(BaseModel):
    client = ForeignKeyField(Client, backref="notes", on_delete="CASCADE")
    body = TextField()
    created_at = DateTimeField(default=utcnow)
    # migration 0016: versions as for clients; a private note is its author's alone
    row_version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    changed_by = CharField(null=True)
    changed_at = DateTimeField(null=True)
    author = CharField(null=True)
    private = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])


class Message(BaseModel):
    """One e-mail (or logged call/chat) on a client's timeline."""

    client = ForeignKeyField(Client, backref="messages", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    sent_at = DateTimeField()  # UTC
    direction = CharField()  # in = from the client, out = to the client
    subject = TextField(default="")
    message_id = CharField(null=True, unique=True)
    change_request = BooleanField(default=False)  # asks for changes or another round
    urgent = BooleanField(default=False)
    source = CharField(default="manual")
    not_quite = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])  # "not quite it"
    # at most 200 characters of the new text, for the evidence to quote; never the body
    excerpt = TextField(default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        # the flags ride along so the health signals read the index alone (no table look-ups).
        indexes = ((("client", "direction", "sent_at", "change_request", "not_quite"), False),)


class TimeEntry(BaseModel):
    client = ForeignKeyField(Client, backref="time_entries", on_delete="CASCADE")
    started_at = DateTimeField()  # UTC
    seconds = IntegerField()
    project = CharField(default="")
    task = CharField(default="")
    description = TextField(default="")
    billable = BooleanField(default=True)
    source = CharField(default="manual")
    source_key = CharField(null=True, unique=True)  # makes re-imports idempotent

    class Meta:
        # billable and seconds ride along: the health signals read hours from the index alone.
        indexes = ((("client", "started_at", "billable", "seconds"), False),)


class Invoice(BaseModel):
    client = ForeignKeyField(Client, backref="invoices", on_delete="CASCADE")
    number = CharField()
    issued_on = DateField()
    due_on = DateField()
    total_minor = IntegerField()
    currency = CharField(default="SEK")
    subject = TextField(default="")
    source = CharField(default="manual")
    # open (its payments say the rest) | partial (paid in part) | disputed (out of the late-payment
    # risk until resolved); see INVOICE_STATUSES
    status = CharField(default="open", constraints=[SQL("DEFAULT 'open'")])
    # a partial invoice's paid part as its export gave it (major units), which its payments also
    # hold; None on a partial invoice: the paid amount is not known (it is not wholly outstanding)
    amount_paid = DecimalField(null=True, max_digits=14, decimal_places=2, auto_round=True)

    class Meta:
        # issued_on and total_minor ride along for the health signals (index-only reads).
        indexes = (
            (("client", "number"), True),
            (("client", "due_on", "issued_on", "total_minor"), False),
        )


INVOICE_STATUSES = ("open", "partial", "disputed")


class Payment(BaseModel):
    invoice = ForeignKeyField(Invoice, backref="payments", on_delete="CASCADE")
    paid_on = DateField()
    amount_minor = IntegerField()

    class Meta:
        indexes = ((("invoice", "paid_on", "amount_minor"), False),)  # health: index-only


class Deliverable(BaseModel):
    client = ForeignKeyField(Client, backref="deliverables", on_delete="CASCADE")
    title = CharField()
    due_on = DateField(null=True)
    delivered_on = DateField(null=True)
    amount_minor = IntegerField(null=True)
    invoice = ForeignKeyField(Invoice, null=True, backref="deliverables", on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)
    paid = BooleanField(null=True)  # the user's word (paid in advance, say); None: the invoice says


class RevisionRound(BaseModel):
    deliverable = ForeignKeyField(Deliverable, backref="revisions", on_delete="CASCADE")
    requested_on = DateField()
    note = TextField(default="")


class Colleague(BaseModel):
    name = CharField()
    name_key = CharField(unique=True)
    email = CharField(null=True)
    created_at = DateTimeField(default=utcnow)


class Skill(BaseModel):
    """What a colleague does; `key` is the matching form that referrals compare with a client's
    needs."""

    colleague = ForeignKeyField(Colleague, backref="skills", on_delete="CASCADE")
    name = CharField()
    key = CharField(index=True)

    class Meta:
        indexes = ((("colleague", "key"), True),)


class Consideration(BaseModel):
    """ "I considered ending this client today" - the gut factor counts these."""

    client = ForeignKeyField(Client, backref="considerations", on_delete="CASCADE")
    considered_on = DateField(index=True)
    note = TextField(default="")


class OffboardingPlan(BaseModel):
    client = ForeignKeyField(Client, backref="plans", on_delete="CASCADE")
    reason = TextField()
    started_on = DateField()
    cooling_off_days = IntegerField(default=3)
    status = CharField(default="running", index=True)  # running | finished | cancelled
    meeting_at = DateTimeField(null=True)  # UTC
    meeting_channel = CharField(null=True)  # in_person | phone | video
    meeting_place = CharField(null=True)
    message = TextField(null=True)
    lang = CharField(default="en")
    notice_days = IntegerField(null=True)
    notice_deliverable = ForeignKeyField(Deliverable, null=True, on_delete="SET NULL")
    announce_on = DateField(null=True)
    finished_on = DateField(null=True)
    # Payment first: go ahead with open invoices anyway (the reason is kept), or by this day at latest.
    announce_override = TextField(null=True)
    announce_latest = DateField(null=True)
    referral_ids = TextField(null=True)  # JSON list of the colleagues the user chose; None: matched
    advice = TextField(null=True)  # the user's own vendor advice, one line each; None: generated


class PlanEvent(BaseModel):
    """What actually happened in a plan (announced, notice sent, referred...): the record."""

    plan = ForeignKeyField(OffboardingPlan, backref="events", on_delete="CASCADE")
    kind = CharField()  # announced | notice_sent | referred | override | finished
    on = DateField()
    detail = TextField(default="")
    colleague = ForeignKeyField(Colleague, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=utcnow)


class Contract(BaseModel):
    """A client's contract: the signed file (in the database, so backups carry it) and terms."""

    client = ForeignKeyField(Client, primary_key=True, backref="contract", on_delete="CASCADE")
    file_name = CharField(null=True)
    data = BlobField(null=True)
    notice_days = IntegerField(null=True)
    clause = TextField(null=True)  # where the notice is written, e.g. "§ 9"
    starts_on = DateField(null=True)
    renews_on = DateField(null=True)
    ends_on = DateField(null=True)
    termination = TextField(null=True)
    rights = TextField(null=True)  # licences and portfolio use
    updated_at = DateTimeField(default=utcnow)


class ChecklistItem(BaseModel):
    plan = ForeignKeyField(OffboardingPlan, backref="items", on_delete="CASCADE")
    kind = CharField()  # contract | scope | deliverable | invoice | loose_end
    text = TextField()
    done = BooleanField(default=False)
    position = IntegerField(default=0)
    ref_id = IntegerField(null=True)  # the deliverable / invoice / message it is about


class HealthSnapshot(BaseModel):
    """The score as it stood at the end of a month: the trend line."""

    client = ForeignKeyField(Client, backref="snapshots", on_delete="CASCADE")
    month = CharField()  # YYYY-MM
    score = SmallIntegerField(null=True)
    band = CharField()
    computed_at = DateTimeField(default=utcnow)
    # the scoring rules' version (health.score.SCORE_VERSION) the score was computed with: a
    # snapshot from older rules is recomputed, so a rule change never shows as a change in the client
    rules = IntegerField(null=True)

    class Meta:
        indexes = ((("client", "month"), True),)


class ExchangeRate(BaseModel):
    """One of the user's own exchange rates: `rate` units of `base` buy 1 `currency` from `on`.

    The base is the user's base currency when the rate was set; a rate for another base is not
    used (changing the base currency does not turn kronor rates into euro rates). `rate` is a
    decimal string, kept exact.
    """

    currency = CharField()
    base = CharField()
    on = DateField()
    rate = CharField()

    class Meta:
        indexes = ((("currency", "base", "on"), True),)


class TodayMark(BaseModel):
    """The user's answer to one item of the Today list (`core.today`): done, or snoozed until a
    day, with the reason. `key` is the item's id, which names its date: an item that comes back
    on another date (the next keep-in-touch, a moved meeting) is a new item."""

    key = CharField(unique=True)
    client = ForeignKeyField(Client, backref="today_marks", on_delete="CASCADE")
    state = CharField()  # done | snoozed
    until = DateField(null=True)  # snoozed: due again on this day
    reason = TextField(default="")
    marked_on = DateField()
    created_at = DateTimeField(default=utcnow)


ALL_MODELS: list[type[BaseModel]] = [
    Setting,
    Client,
    Need,
    Contact,
    ContactPoint,
    Note,
    Message,
    TimeEntry,
    Invoice,
    Payment,
    Deliverable,
    RevisionRound,
    Colleague,
    Skill,
    Consideration,
    OffboardingPlan,
    ChecklistItem,
    HealthSnapshot,
    ExchangeRate,
    PlanEvent,
    Contract,
    TodayMark,
]


class ErasedIdentity(BaseModel):
    """A salted digest of a deleted client's name, e-mail address or phone (store/erasure.py)."""

    kind = CharField()  # name | email | phone
    digest = CharField(index=True)
    erased_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "erased_identity"
        indexes = ((("kind", "digest"), True),)
