"""Ending a client that protects you: the contract register (the signed file stored inside the
database), what actually happened in a plan, payment-first overrides, the user's picks of
colleagues and advice, and a deliverable's own "paid" mark.

The user's profile ("You": name, business, address, ...) lives in settings rows, not here.
"""

from peewee import *

from clientfit.store.migration_schema import Table


def up(migrator, db):
    Client = Table(db, "client").model()

    Colleague = Table(db, "colleague").model()

    OffboardingPlan = Table(db, "offboarding_plan").model()

    Contract = Table(db, "contract").model(
        client=ForeignKeyField(Client, primary_key=True, on_delete="CASCADE"),
        file_name=CharField(null=True),
        data=BlobField(null=True),
        notice_days=IntegerField(null=True),
        clause=TextField(null=True),
        starts_on=DateField(null=True),
        renews_on=DateField(null=True),
        ends_on=DateField(null=True),
        termination=TextField(null=True),
        rights=TextField(null=True),
        updated_at=DateTimeField(),
    )

    PlanEvent = Table(db, "plan_event").model(
        plan=ForeignKeyField(OffboardingPlan, on_delete="CASCADE"),
        kind=CharField(),
        on=DateField(),
        detail=TextField(default=""),
        colleague=ForeignKeyField(Colleague, null=True, on_delete="SET NULL"),
        created_at=DateTimeField(),
    )

    db.create_tables([Contract, PlanEvent])
    migrator.migrate(
        migrator.add_column("offboarding_plan", "announce_override", TextField(null=True)),
        migrator.add_column("offboarding_plan", "announce_latest", DateField(null=True)),
        migrator.add_column("offboarding_plan", "referral_ids", TextField(null=True)),
        migrator.add_column("offboarding_plan", "advice", TextField(null=True)),
        migrator.add_column("deliverable", "paid", BooleanField(null=True)),
    )
    # A contract path the user gave before the register existed stays known (the file is not
    # read here: a migration must not depend on files elsewhere on the disk).
    db.execute_sql(
        "INSERT INTO contract (client_id, file_name, updated_at) "
        "SELECT id, contract_path, CURRENT_TIMESTAMP FROM client WHERE contract_path IS NOT NULL"
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column("offboarding_plan", "announce_override"),
        migrator.drop_column("offboarding_plan", "announce_latest"),
        migrator.drop_column("offboarding_plan", "referral_ids"),
        migrator.drop_column("offboarding_plan", "advice"),
        migrator.drop_column("deliverable", "paid"),
        migrator.drop_table("plan_event"),
        migrator.drop_table("contract"),
    )
