"""The first schema: every table of the domain."""

# Generated from the models with playhouse.migrations; Python-side defaults live in the models.
from peewee import *


def up(migrator, db):
    class Client(Model):
        name = CharField()
        name_key = CharField(unique=True)
        status = CharField(index=True, default="active")
        currency = CharField(default="SEK")
        payment_terms_days = IntegerField(default=30)
        disrespectful = BooleanField(default=False)
        gut = SmallIntegerField(null=True)
        contract_path = TextField(null=True)
        created_at = DateTimeField()
        ended_on = DateField(null=True)

        class Meta:
            database = db
            table_name = "client"

    db.create_tables([Client])

    class Invoice(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        number = CharField()
        issued_on = DateField()
        due_on = DateField()
        total_minor = IntegerField()
        currency = CharField(default="SEK")
        subject = TextField(default="")
        source = CharField(default="manual")

        class Meta:
            database = db
            table_name = "invoice"
            indexes = (
                (("client", "number"), True),
                (("client", "due_on", "issued_on", "total_minor"), False),
            )

    db.create_tables([Invoice])

    class Deliverable(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        title = CharField()
        due_on = DateField(null=True)
        delivered_on = DateField(null=True)
        amount_minor = IntegerField(null=True)
        invoice = ForeignKeyField(Invoice, null=True, on_delete="SET NULL")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "deliverable"

    db.create_tables([Deliverable])

    class OffboardingPlan(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        reason = TextField()
        started_on = DateField()
        cooling_off_days = IntegerField(default=3)
        status = CharField(index=True, default="running")
        meeting_at = DateTimeField(null=True)
        meeting_channel = CharField(null=True)
        meeting_place = CharField(null=True)
        message = TextField(null=True)
        lang = CharField(default="en")
        notice_days = IntegerField(null=True)
        notice_deliverable = ForeignKeyField(Deliverable, null=True, on_delete="SET NULL")
        announce_on = DateField(null=True)
        finished_on = DateField(null=True)

        class Meta:
            database = db
            table_name = "offboarding_plan"

    db.create_tables([OffboardingPlan])

    class ChecklistItem(Model):
        plan = ForeignKeyField(OffboardingPlan, on_delete="CASCADE")
        kind = CharField()
        text = TextField()
        done = BooleanField(default=False)
        position = IntegerField(default=0)
        ref_id = IntegerField(null=True)

        class Meta:
            database = db
            table_name = "checklist_item"

    db.create_tables([ChecklistItem])

    class Colleague(Model):
        name = CharField()
        name_key = CharField(unique=True)
        email = CharField(null=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "colleague"

    db.create_tables([Colleague])

    class Consideration(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        considered_on = DateField(index=True)
        note = TextField(default="")

        class Meta:
            database = db
            table_name = "consideration"

    db.create_tables([Consideration])

    class Contact(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        name = CharField()
        title = CharField(null=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "contact"

    db.create_tables([Contact])

    class ContactPoint(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        kind = CharField()
        value = CharField()
        key = CharField(index=True)
        label = CharField(null=True)

        class Meta:
            database = db
            table_name = "contact_point"

    db.create_tables([ContactPoint])

    class HealthSnapshot(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        month = CharField()
        score = SmallIntegerField(null=True)
        band = CharField()
        computed_at = DateTimeField()

        class Meta:
            database = db
            table_name = "health_snapshot"
            indexes = ((("client", "month"), True),)

    db.create_tables([HealthSnapshot])

    class Message(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
        sent_at = DateTimeField()
        direction = CharField()
        subject = TextField(default="")
        message_id = CharField(unique=True, null=True)
        asks_change = BooleanField(default=False)
        urgent = BooleanField(default=False)
        source = CharField(default="manual")

        class Meta:
            database = db
            table_name = "message"
            indexes = ((("client", "direction", "sent_at", "asks_change"), False),)

    db.create_tables([Message])

    class Need(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        name = CharField()
        key = CharField()

        class Meta:
            database = db
            table_name = "need"
            indexes = ((("client", "key"), True),)

    db.create_tables([Need])

    class Note(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        body = TextField()
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "note"

    db.create_tables([Note])

    class Payment(Model):
        invoice = ForeignKeyField(Invoice, on_delete="CASCADE")
        paid_on = DateField()
        amount_minor = IntegerField()

        class Meta:
            database = db
            table_name = "payment"
            indexes = ((("invoice", "paid_on", "amount_minor"), False),)

    db.create_tables([Payment])

    class RevisionRound(Model):
        deliverable = ForeignKeyField(Deliverable, on_delete="CASCADE")
        requested_on = DateField()
        note = TextField(default="")

        class Meta:
            database = db
            table_name = "revision_round"

    db.create_tables([RevisionRound])

    class Setting(Model):
        key = CharField(primary_key=True)
        value = TextField()

        class Meta:
            database = db
            table_name = "setting"

    db.create_tables([Setting])

    class Skill(Model):
        colleague = ForeignKeyField(Colleague, on_delete="CASCADE")
        name = CharField()
        key = CharField(index=True)

        class Meta:
            database = db
            table_name = "skill"
            indexes = ((("colleague", "key"), True),)

    db.create_tables([Skill])

    class TimeEntry(Model):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        started_at = DateTimeField()
        seconds = IntegerField()
        project = CharField(default="")
        task = CharField(default="")
        description = TextField(default="")
        billable = BooleanField(default=True)
        source = CharField(default="manual")
        source_key = CharField(unique=True, null=True)

        class Meta:
            database = db
            table_name = "time_entry"
            indexes = ((("client", "started_at", "billable", "seconds"), False),)

    db.create_tables([TimeEntry])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("time_entry"))
    migrator.migrate(migrator.drop_table("skill"))
    migrator.migrate(migrator.drop_table("setting"))
    migrator.migrate(migrator.drop_table("revision_round"))
    migrator.migrate(migrator.drop_table("payment"))
    migrator.migrate(migrator.drop_table("note"))
    migrator.migrate(migrator.drop_table("need"))
    migrator.migrate(migrator.drop_table("message"))
    migrator.migrate(migrator.drop_table("health_snapshot"))
    migrator.migrate(migrator.drop_table("contact_point"))
    migrator.migrate(migrator.drop_table("contact"))
    migrator.migrate(migrator.drop_table("consideration"))
    migrator.migrate(migrator.drop_table("colleague"))
    migrator.migrate(migrator.drop_table("checklist_item"))
    migrator.migrate(migrator.drop_table("offboarding_plan"))
    migrator.migrate(migrator.drop_table("deliverable"))
    migrator.migrate(migrator.drop_table("invoice"))
    migrator.migrate(migrator.drop_table("client"))
