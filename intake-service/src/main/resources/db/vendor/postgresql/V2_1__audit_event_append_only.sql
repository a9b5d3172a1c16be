-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}): the audit trail refuses changes. H2 has no
-- SQL trigger language; there the guarantee is the application's, which only ever inserts.
-- The table owner could still drop the trigger: in production run the application as a role that does not own the
-- schema and grant it only SELECT and INSERT on audit_event (infra/ sets up roles).
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
