#!/bin/sh
# Renders the README's pictures of the dossier (docs/dossier/*.png): the NQ 1277 dossier dated 13/06/2023 and the
# draft resolution of the 2026 Vĩnh Long demonstration, written as DOCX by `boundaries dossier`, converted to PDF by
# LibreOffice and the first page (for the đề án also the page of Phụ lục III, the map after) drawn by pdftoppm.
# Needs: the .NET SDK, soffice (libreoffice-writer-nogui), pdftoppm and pdftotext (poppler-utils).
# Usage: docs/dossier/render.sh   (from anywhere; writes into docs/dossier/)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

boundaries() { dotnet run --project src/Boundaries.Cli -- "$@"; }
boundaries dossier data/boundaries/tra-vinh data/scenarios/nq1277-2024-tp-tra-vinh.json --out "$work/nq1277" --as-of 2023-06-13 --format docx
boundaries dossier data/boundaries/vinh-long-2025 data/scenarios/vinh-long-2026-quoi-thien-quoi-an.json --out "$work/vl2026" --format docx

# A LibreOffice profile of its own, so a running LibreOffice does not take the request.
pdf() { soffice --headless "-env:UserInstallation=file://$work/lo-profile" --convert-to pdf --outdir "$(dirname "$1")" "$1" >/dev/null; }
page() { pdftoppm -r 45 -png -f "$2" -l "$2" -singlefile "$1" "docs/dossier/$3"; }

for name in to-trinh de-an bao-cao-danh-gia-tac-dong nghi-quyet bieu-thong-ke phieu-lay-y-kien; do
  pdf "$work/nq1277/$name.docx"
  page "$work/nq1277/$name.pdf" 1 "$name-1"
done
pdf "$work/vl2026/nghi-quyet.docx"
page "$work/vl2026/nghi-quyet.pdf" 1 nghi-quyet-2026-1

# The page that carries "Phụ lục III" (the map after the arrangement).
pages=$(pdfinfo "$work/nq1277/de-an.pdf" | awk '/^Pages:/ { print $2 }')
annex=""
i=1
while [ "$i" -le "$pages" ]; do
  if pdftotext -f "$i" -l "$i" "$work/nq1277/de-an.pdf" - | grep -q "^Phụ lục III"; then annex=$i; break; fi
  i=$((i + 1))
done
[ -n "$annex" ] || { echo "render.sh: no page with Phụ lục III in de-an.pdf" >&2; exit 1; }
rm -f docs/dossier/de-an-phu-luc-*.png
page "$work/nq1277/de-an.pdf" "$annex" "de-an-phu-luc-$annex"
echo "docs/dossier: written; Phụ lục III is on page $annex of the đề án"
