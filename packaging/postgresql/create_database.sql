-- Clientfit on PostgreSQL: the database and its roles. Run once, as a superuser, with psql:
--
--     psql -v owner_password="'...'" -f create_database.sql
--
-- Then each person gets a login role of their own (see the end of this file), and the first
-- Clientfit opened as clientfit_owner creates the tables (its migrations run as the owner; the
-- others only read and write rows).

-- The owner: owns the schema and the tables, runs Clientfit's migrations.
CREATE ROLE clientfit_owner LOGIN PASSWORD :owner_password;
-- Everyone who works in the roster: a group role holding the rights on the rows.
CREATE ROLE clientfit_users NOLOGIN;

CREATE DATABASE clientfit OWNER clientfit_owner ENCODING 'UTF8' TEMPLATE template0;
\connect clientfit

REVOKE ALL ON DATABASE clientfit FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE clientfit TO clientfit_users;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO clientfit_owner;
GRANT USAGE ON SCHEMA public TO clientfit_users;

-- The rights on every table, sequence and function the owner creates from now on (the
-- migrations), so a new Clientfit version needs no new grants.
ALTER DEFAULT PRIVILEGES FOR ROLE clientfit_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO clientfit_users;
ALTER DEFAULT PRIVILEGES FOR ROLE clientfit_owner IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO clientfit_users;
ALTER DEFAULT PRIVILEGES FOR ROLE clientfit_owner IN SCHEMA public
    GRANT EXECUTE ON FUNCTIONS TO clientfit_users;

-- One login role per person, a member of clientfit_users. Repeat for each; Clientfit keeps the
-- password in the operating system's keyring.
--
--     CREATE ROLE anna LOGIN PASSWORD '...' IN ROLE clientfit_users;
--
-- Connections from other computers: require TLS in pg_hba.conf, for example
--
--     hostssl clientfit +clientfit_users 192.168.1.0/24 scram-sha-256
--     hostssl clientfit clientfit_owner  192.168.1.0/24 scram-sha-256
