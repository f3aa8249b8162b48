"""The first schema: every table of the domain."""

# First generated from the models with playhouse.migrations, now frozen (store/migration_schema.py
# says why); Python-side defaults live in the models.
from peewee import *

from clientfit.store.migration_schema import Table


def up(migrator, db):
    Client = Table(db, "client").create(
        name=CharField(),
        name_key=CharField(unique=True),
        status=CharField(index=True, default="active"),
        currency=CharField(default="SEK"),
        payment_terms_days=IntegerField(default=30),
        disrespectful=BooleanField(default=False),
        gut=SmallIntegerField(null=True),
        contract_path=TextField(null=True),
        created_at=DateTimeField(),
        ended_on=DateField(null=True),
    )

    Invoice = Table(db, "invoice").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        number=CharField(),
        issued_on=DateField(),
        due_on=DateField(),
        total_minor=IntegerField(),
        currency=CharField(default="SEK"),
        subject=TextField(default=""),
        source=CharField(default="manual"),
        indexes=(
            (("client", "number"), True),
            (("client", "due_on", "issued_on", "total_minor"), False),
        ),
    )

    Deliverable = Table(db, "deliverable").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        title=CharField(),
        due_on=DateField(null=True),
        delivered_on=DateField(null=True),
        amount_minor=IntegerField(null=True),
        invoice=ForeignKeyField(Invoice, null=True, on_delete="SET NULL"),
        created_at=DateTimeField(),
    )

    OffboardingPlan = Table(db, "offboarding_plan").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        reason=TextField(),
        started_on=DateField(),
        cooling_off_days=IntegerField(default=3),
        status=CharField(index=True, default="running"),
        meeting_at=DateTimeField(null=True),
        meeting_channel=CharField(null=True),
        meeting_place=CharField(null=True),
        message=TextField(null=True),
        lang=CharField(default="en"),
        notice_days=IntegerField(null=True),
        notice_deliverable=ForeignKeyField(Deliverable, null=True, on_delete="SET NULL"),
        announce_on=DateField(null=True),
        finished_on=DateField(null=True),
    )

    Table(db, "checklist_item").create(
        plan=ForeignKeyField(OffboardingPlan, on_delete="CASCADE"),
        kind=CharField(),
        text=TextField(),
        done=BooleanField(default=False),
        position=IntegerField(default=0),
        ref_id=IntegerField(null=True),
    )

    Colleague = Table(db, "colleague").create(
        name=CharField(),
        name_key=CharField(unique=True),
        email=CharField(null=True),
        created_at=DateTimeField(),
    )

    Table(db, "consideration").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        considered_on=DateField(index=True),
        note=TextField(default=""),
    )

    Contact = Table(db, "contact").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        name=CharField(),
        title=CharField(null=True),
        created_at=DateTimeField(),
    )

    Table(db, "contact_point").create(
        contact=ForeignKeyField(Contact, on_delete="CASCADE"),
        kind=CharField(),
        value=CharField(),
        key=CharField(index=True),
        label=CharField(null=True),
    )

    Table(db, "health_snapshot").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        month=CharField(),
        score=SmallIntegerField(null=True),
        band=CharField(),
        computed_at=DateTimeField(),
        indexes=((("client", "month"), True),),
    )

    Table(db, "message").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        contact=ForeignKeyField(Contact, null=True, on_delete="SET NULL"),
        sent_at=DateTimeField(),
        direction=CharField(),
        subject=TextField(default=""),
        message_id=CharField(unique=True, null=True),
        asks_change=BooleanField(default=False),
        urgent=BooleanField(default=False),
        source=CharField(default="manual"),
        indexes=((("client", "direction", "sent_at", "asks_change"), False),),
    )

    Table(db, "need").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        name=CharField(),
        key=CharField(),
        indexes=((("client", "key"), True),),
    )

    Table(db, "note").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        body=TextField(),
        created_at=DateTimeField(),
    )

    Table(db, "payment").create(
        invoice=ForeignKeyField(Invoice, on_delete="CASCADE"),
        paid_on=DateField(),
        amount_minor=IntegerField(),
        indexes=((("invoice", "paid_on", "amount_minor"), False),),
    )

    Table(db, "revision_round").create(
        deliverable=ForeignKeyField(Deliverable, on_delete="CASCADE"),
        requested_on=DateField(),
        note=TextField(default=""),
    )

    Table(db, "setting").create(key=CharField(primary_key=True), value=TextField())

    Table(db, "skill").create(
        colleague=ForeignKeyField(Colleague, on_delete="CASCADE"),
        name=CharField(),
        key=CharField(index=True),
        indexes=((("colleague", "key"), True),),
    )

    Table(db, "time_entry").create(
        client=ForeignKeyField(Client, on_delete="CASCADE"),
        started_at=DateTimeField(),
        seconds=IntegerField(),
        project=CharField(default=""),
        task=CharField(default=""),
        description=TextField(default=""),
        billable=BooleanField(default=True),
        source=CharField(default="manual"),
        source_key=CharField(unique=True, null=True),
        indexes=((("client", "started_at", "billable", "seconds"), False),),
    )


def down(migrator, db):
    for name in (
        "time_entry", "skill", "setting", "revision_round", "payment", "note", "need", "message",
        "health_snapshot", "contact_point", "contact", "consideration", "colleague",
        "checklist_item", "offboarding_plan", "deliverable", "invoice", "client",
    ):  # fmt: skip
        migrator.migrate(migrator.drop_table(name))
