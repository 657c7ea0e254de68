-- The append-only audit trail. The application's database role may insert and read rows, never
-- change or remove them: its UPDATE, DELETE and TRUNCATE rights are revoked, and a trigger refuses
-- them for any role, owner included.
CREATE TABLE audit_entry (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor       VARCHAR(60) NOT NULL,
    action      VARCHAR(20) NOT NULL,
    record_type VARCHAR(60),
    record_id   VARCHAR(60),
    details     TEXT
);

CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, occurred_at DESC);
CREATE INDEX audit_entry_record_idx ON audit_entry (record_type, record_id, occurred_at DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM CURRENT_USER;
