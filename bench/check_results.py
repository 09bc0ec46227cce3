#!/usr/bin/env python3
"""Summarise a workload's output file the same way for every tool, so bench/compare.sh can compare them.
Standard library only (no geopandas needed).
usage: check_results.py w5 FLAGS.csv          -> units=N flagged=N total_area_km2=X
       check_results.py w2 EDGES.csv          -> edges=N total_shared_km=X
       check_results.py w2pairs A.csv B.csv   -> same_pairs=yes|no only_a=N only_b=N   (ids as commune_id)
       check_results.py w3 DISTRICTS.geojson  -> groups=N total_pop=N total_area_km2=X multipolygons=N
       check_results.py w6 EVALUATION.csv     -> units=N with_standard=N below=N   (commune level; Boundaries' evaluate
                                                 CSV or a peer's code,type,...,below CSV)"""
import csv
import json
import sys


def truthy(value):
    return value.strip().lower() in ("true", "1", "t", "yes")


def w5(path):
    units = flagged = 0
    area = 0.0
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            units += 1
            flagged += truthy(row["flag"])
            area += float(row["area_km2"] or 0)
    print(f"units={units} flagged={flagged} total_area_km2={area:.3f}")


def w2(path):
    edges = 0
    total = 0.0
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            edges += 1
            total += float(row["shared_m"])
    print(f"edges={edges} total_shared_km={total / 1e3:.1f}")


def pairs(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {tuple(sorted((int(float(r["a"])), int(float(r["b"]))))) for r in csv.DictReader(f)}


def w2pairs(a, b):
    pa, pb = pairs(a), pairs(b)
    print(f"same_pairs={'yes' if pa == pb else 'no'} only_a={len(pa - pb)} only_b={len(pb - pa)}")


def w6(path):
    units = with_standard = below = 0
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if "level" in row:   # Boundaries: every level; the commune rows, judged when a standard applies
                if row["level"] != "commune":
                    continue
                verdict = row["meets_standard"].strip().lower()
                judged, is_below = verdict != "", verdict == "false"
            else:                # a peer: one row a unit, "below" empty where the type has no standard
                judged, is_below = row["below"].strip() != "", truthy(row["below"])
            units += 1
            with_standard += judged
            below += is_below
    print(f"units={units} with_standard={with_standard} below={below}")


def w3(path):
    with open(path, encoding="utf-8") as f:
        features = json.load(f)["features"]
    pop = sum(float(ft["properties"].get("population") or 0) for ft in features)
    area = sum(float(ft["properties"].get("area_km2") or 0) for ft in features)
    multi = sum(1 for ft in features if (ft.get("geometry") or {}).get("type") == "MultiPolygon")
    print(f"groups={len(features)} total_pop={pop:.0f} total_area_km2={area:.3f} multipolygons={multi}")


if __name__ == "__main__":
    kind, *files = sys.argv[1:]
    {"w5": w5, "w2": w2, "w2pairs": w2pairs, "w3": w3, "w6": w6}[kind](*files)
