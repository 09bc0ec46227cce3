-- The crosswalk between the codes before the baseline and its units (the 2025 reform), as the GeoPackage's
-- code_crosswalk table; its source is the project_metadata key crosswalk_source, as there.
CREATE TABLE code_crosswalk (
  fid bigint PRIMARY KEY,
  old_code text NOT NULL,
  old_name text NOT NULL,
  old_province text NOT NULL,
  new_code text NOT NULL,
  new_name text NOT NULL,
  share text NOT NULL CHECK (share IN ('full', 'partial')));
CREATE INDEX code_crosswalk_old_code_idx ON code_crosswalk (old_code);
CREATE INDEX code_crosswalk_new_code_idx ON code_crosswalk (new_code);
COMMENT ON TABLE code_crosswalk IS 'Code crosswalk: what each unit before the reform became (full or partial)';
