-- The layers and tables of a Boundaries project, as in the GeoPackage project file (same names, same columns),
-- in the project's own schema (the search_path of the migrating connection). Geometry is lon/lat on WGS 84.
CREATE TABLE provinces (
  fid bigint PRIMARY KEY,
  geom geometry(MultiPolygon, 4326),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  full_name text NOT NULL,
  type text NOT NULL,
  parent_code text,
  population bigint,
  population_year integer,
  population_source text,
  official_population bigint,
  official_population_year integer,
  official_population_source text,
  area_km2 double precision,
  official_area_km2 double precision,
  official_area_year integer,
  official_area_source text,
  region text NOT NULL,
  geometry_status text NOT NULL,
  geometry_note text);
CREATE INDEX provinces_geom_idx ON provinces USING gist (geom);
COMMENT ON TABLE provinces IS 'Provinces (cấp tỉnh)';

-- The district and commune layers have the provinces' columns, keys and spatial index (LIKE … INCLUDING ALL names
-- them districts_pkey, districts_code_key, districts_geom_idx and so on, as the tables above would be named).
CREATE TABLE districts (LIKE provinces INCLUDING ALL);
COMMENT ON TABLE districts IS 'Districts (cấp huyện)';

CREATE TABLE communes (LIKE provinces INCLUDING ALL);
COMMENT ON TABLE communes IS 'Communes (cấp xã)';

CREATE TABLE unassigned_areas (
  fid bigint PRIMARY KEY,
  geom geometry(MultiPolygon, 4326) NOT NULL,
  code text,
  name text NOT NULL,
  type text,
  parent_code text,
  population bigint,
  area_km2 double precision NOT NULL,
  geometry_status text NOT NULL,
  geometry_note text NOT NULL,
  covers_codes text NOT NULL);
CREATE INDEX unassigned_areas_geom_idx ON unassigned_areas USING gist (geom);
COMMENT ON TABLE unassigned_areas IS 'Unassigned areas: polygons that belong to no current unit';

CREATE TABLE special_factors (
  fid bigint PRIMARY KEY, code text NOT NULL, kind text NOT NULL, reason text NOT NULL, source text NOT NULL, value double precision);

CREATE TABLE data_issues (
  fid bigint PRIMARY KEY, severity text NOT NULL, kind text NOT NULL, message text NOT NULL, file text, feature_index integer,
  code text, lon double precision, lat double precision, magnitude double precision);

CREATE TABLE project_metadata (fid bigint PRIMARY KEY, key text NOT NULL, value text NOT NULL);
