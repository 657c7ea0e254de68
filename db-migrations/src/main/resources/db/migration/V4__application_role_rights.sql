-- When a separate role owns the schema (HOMEWARD_DB_MIGRATION_USER), the application's role gets
-- exactly what it needs: read and write on the data, read and append on the audit trail, and the
-- same on every table later migrations create. It cannot change the schema, and it cannot give
-- itself the right to change or remove audit rows, since it owns nothing.
DO $$
BEGIN
    IF '${applicationRole}' <> current_user THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${applicationRole}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON institution, institution_unit, user_account,'
            || ' user_role, user_institution, app_secret TO %I', '${applicationRole}');
        EXECUTE format('GRANT SELECT, INSERT ON audit_entry TO %I', '${applicationRole}');
        EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', '${applicationRole}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), '${applicationRole}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
            current_schema(), '${applicationRole}');
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
            current_schema(), '${applicationRole}');
    END IF;
END
$$;
