-- Scenarios as shared, versioned records: the current version of each, every version kept, and the lock
-- that makes a submitted scenario read-only.
CREATE TABLE scenarios (
  id text PRIMARY KEY,
  version integer NOT NULL,
  body jsonb NOT NULL,
  saved_by text NOT NULL,
  saved_at timestamptz NOT NULL,
  change text NOT NULL,
  submitted_by text,
  submitted_at timestamptz);

CREATE TABLE scenario_versions (
  id text NOT NULL,
  version integer NOT NULL,
  body jsonb NOT NULL,
  saved_by text NOT NULL,
  saved_at timestamptz NOT NULL,
  change text NOT NULL,
  PRIMARY KEY (id, version));
