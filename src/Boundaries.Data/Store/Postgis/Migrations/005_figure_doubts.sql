-- The measured doubts on a unit's figures (the 2025 declared figures' quality report), as the GeoPackage's
-- figure_doubts table: every verdict resting on a doubted figure says so, from either store.
CREATE TABLE figure_doubts (
  fid bigint PRIMARY KEY, code text NOT NULL, figure text NOT NULL CHECK (figure IN ('area', 'population')), reason text NOT NULL, source text NOT NULL);
