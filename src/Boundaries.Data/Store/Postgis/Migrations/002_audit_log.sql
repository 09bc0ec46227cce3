-- Who changed what: one row per change, appended and never updated or deleted. The trigger refuses UPDATE,
-- DELETE and TRUNCATE for everyone, the tool included; only dropping the schema removes the log.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  who text NOT NULL,
  action text NOT NULL,
  subject text NOT NULL,
  scenario text,
  before jsonb,
  after jsonb);
CREATE INDEX audit_log_scenario_idx ON audit_log (scenario, id);
COMMENT ON TABLE audit_log IS 'Append-only log of every change: who, when, what, before and after';

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
