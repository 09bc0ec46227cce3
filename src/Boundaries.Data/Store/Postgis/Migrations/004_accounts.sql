-- The people of the web planner on a shared project: a name, a password hash (never the password) and a role.
CREATE TABLE accounts (
  name text PRIMARY KEY,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('viewer', 'editor')),
  created_at timestamptz NOT NULL DEFAULT now());
