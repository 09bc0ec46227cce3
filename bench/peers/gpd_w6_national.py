#!/usr/bin/python3
"""W6 (issue 12): the whole country under the standards in force (NQ 112/2025/UBTVQH15): read the 2025 national
layer -> ellipsoidal area of every unit -> % of its type's standard with the declared figures (xã 30 km² and
16,000 people, phường 5.5 km² and 21,000; đặc khu: no standard) -> flag units below either -> CSV.
Region classes are not recorded in the data, so every xã gets the general standard, as Boundaries does.
usage: gpd_w6_national.py IN.geojson OUT.csv"""
import sys
import geopandas as gpd
from pyproj import Geod

STANDARDS = {"xa": (30.0, 16000.0), "phuong": (5.5, 21000.0)}
geod = Geod(ellps="WGS84")

gdf = gpd.read_file(sys.argv[1])
gdf["measured_km2"] = [abs(geod.geometry_area_perimeter(g)[0]) / 1e6 for g in gdf.geometry]
rows = []
for r in gdf.itertuples():
    std = STANDARDS.get(r.type)
    area = r.area_km2 if r.area_km2 == r.area_km2 else r.measured_km2   # declared first, measured otherwise
    pop = r.population
    if std is None or pop != pop:
        rows.append((r.code, r.type, area, pop, None, None, None))
        continue
    ap, pp = area / std[0] * 100, pop / std[1] * 100
    rows.append((r.code, r.type, area, pop, ap, pp, ap < 100 or pp < 100))
import pandas as pd
out = pd.DataFrame(rows, columns=["code", "type", "area_km2", "population", "area_pct", "pop_pct", "below"])
out.to_csv(sys.argv[2], index=False)
print(f"units={len(out)} below={int(out.below.fillna(False).astype(bool).sum())}")
