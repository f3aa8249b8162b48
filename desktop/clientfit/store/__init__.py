"""Storage: peewee models, opening the database, migrations, backups. Raw SQL lives only here."""
