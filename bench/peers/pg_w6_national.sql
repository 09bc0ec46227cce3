-- W6 (issue 12) query part in PostGIS (table already loaded with code, type, area_km2, population, geom):
-- ellipsoidal area (geography) -> % of the NQ 112/2025 standard of the type with the declared figures ->
-- flag below either -> CSV.  usage: psql -v tbl=TABLE -v out=OUT.csv -f pg_w6_national.sql
\set ON_ERROR_STOP 1
COPY (
  WITH s(type, min_km2, min_pop) AS (VALUES ('xa', 30.0, 16000.0), ('phuong', 5.5, 21000.0)),
  u AS (SELECT code, type, COALESCE(area_km2, ST_Area(geom::geography) / 1e6) AS area_km2,
               ST_Area(geom::geography) / 1e6 AS measured_km2, population FROM :tbl)
  SELECT u.code, u.type, u.area_km2, u.population,
         u.area_km2 / s.min_km2 * 100 AS area_pct, u.population / s.min_pop * 100 AS pop_pct,
         (u.area_km2 / s.min_km2 < 1 OR u.population / s.min_pop < 1) AS below
  FROM u LEFT JOIN s USING (type) ORDER BY u.code
) TO STDOUT CSV HEADER \g :out
\ir pg_peak.sql
