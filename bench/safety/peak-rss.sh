#!/usr/bin/env bash
# Peak memory (max RSS) and time of the oversized inputs of issue 14, each refused by a read limit:
# one million features, one polygon of five million vertices, a 20 KB .shp whose first record claims 2 GB.
# Usage: bench/safety/peak-rss.sh   (after dotnet build src/Boundaries.Cli); needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/../.."
dll=src/Boundaries.Cli/bin/Debug/net10.0/boundaries.dll
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import json, struct, sys
w = sys.argv[1]
with open(f"{w}/million-features.geojson", "w") as f:
    f.write('{"type":"FeatureCollection","features":[')
    for i in range(1_000_000):
        x, y = 106.0 + (i % 1000) * 1e-4, 9.0 + (i // 1000) * 1e-4
        f.write(("," if i else "") + json.dumps({"type": "Feature", "properties": {"ma": f"{i % 100000:05d}", "ten": f"Xã {i}"},
            "geometry": {"type": "Polygon", "coordinates": [[[x, y], [x + 1e-4, y], [x + 1e-4, y + 1e-4], [x, y]]]}}))
    f.write("]}")
import math
n = 5_000_000
with open(f"{w}/five-million-vertices.geojson", "w") as f:
    f.write('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ma":"29242","ten":"Phường 3"},"geometry":{"type":"Polygon","coordinates":[[')
    f.write(",".join(f"[{106.3 + 0.01 * math.cos(2 * math.pi * k / n):.9f},{9.9 + 0.01 * math.sin(2 * math.pi * k / n):.9f}]" for k in range(n)))
    f.write(f",[{106.31:.9f},{9.9:.9f}]]]}}}}]}}")
header = bytearray(100)
struct.pack_into(">i", header, 0, 9994); struct.pack_into(">i", header, 24, 10_000); struct.pack_into("<ii", header, 28, 1000, 5)
record = struct.pack(">ii", 1, 0x3FFFFFF0) + bytes(20_000 - 108)
open(f"{w}/huge-record.shp", "wb").write(bytes(header) + record)
open(f"{w}/huge-record.dbf", "wb").write(bytes(32))
PY

for input in million-features.geojson five-million-vertices.geojson huge-record.shp; do
  # Each input is refused (exit 2): the figures say how fast and in how much memory.
  /usr/bin/time -f "$input: exit %x, %e s, peak RSS %M KB" dotnet "$dll" import "$work/$input" --out "$work/out.gpkg" 2>&1 >/dev/null | tail -2 || true
done
