#!/usr/bin/env bash
# Oracle for Reroute's workbook (issue 6): LibreOffice converts every sheet of the .xlsx to CSV, and each must
# hold the same text and numbers as the table's CSV file written beside the workbook.
#
# Usage: Tests/oracles/xlsx_libreoffice_check.sh [DIR]
#   DIR holds the workbook (reroute.xlsx, or the only *.xlsx) and the tables' <id>.csv files, e.g. the folder
#   written by `reroute report --out DIR`. Without DIR, a demo report is made with `swift run reroute report --demo`.
# The sheet -> CSV file mapping is read from the workbook's own About sheet (its "Sheet,...,CSV file,Rows" index).
# A sheet's first row holds the table's headings (the report's words): the About sheet lists each CSV column name
# beside its heading, the names must equal the CSV's header and the sheet's first row the headings.
# Numbers compare to 1e-9 relative; LibreOffice writes percent-formatted cells as percentages (41.2346% = 0.412346).
# Needs LibreOffice (Debian: apt-get install -y libreoffice-calc) and python3.
# Exit status: 0 all sheets match, 1 a difference, 2 LibreOffice or the workbook missing.
set -euo pipefail

soffice=$(command -v soffice || command -v libreoffice || true)
if [[ -z "$soffice" ]]; then
    echo "xlsx_libreoffice_check: LibreOffice (soffice) is not on PATH; apt-get install -y libreoffice-calc" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $# -ge 1 ]]; then
    dir=$1
else
    dir="$work/sample"
    (cd "$(dirname "$0")/../.." && swift run -q reroute report --demo --no-staffing --quiet --out "$dir" >/dev/null)
fi

xlsx="$dir/reroute.xlsx"
if [[ ! -f "$xlsx" ]]; then
    shopt -s nullglob
    found=("$dir"/*.xlsx)
    if [[ ${#found[@]} -ne 1 ]]; then
        echo "xlsx_libreoffice_check: $dir: expected reroute.xlsx or exactly one .xlsx file" >&2
        exit 2
    fi
    xlsx=${found[0]}
fi

"$soffice" "-env:UserInstallation=file://$work/profile" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/csv" "$xlsx" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 2; }
echo "$("$soffice" --version 2>/dev/null | head -1)"

python3 - "$dir" "$work/csv" "$(basename "$xlsx" .xlsx)" <<'PY'
import csv, math, os, sys

tables_dir, export_dir, stem = sys.argv[1:4]

def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    while rows and all(c == "" for c in rows[-1]):
        rows.pop()
    return rows

def number(s, percent_ok):
    try:
        if percent_ok and s.endswith("%"):
            return float(s[:-1]) / 100
        return float(s)
    except ValueError:
        return None

about = read(os.path.join(export_dir, f"{stem}-About.csv"))
start = next((i for i, r in enumerate(about) if r[:5] == ["Sheet", "Title", "Report reference", "CSV file", "Rows"]), None)
if start is None:
    sys.exit("About sheet has no index of tables")
pairs = []
for row in about[start + 1:]:
    if not row or row[0] == "":
        break
    pairs.append((row[0], row[3]))

failures = 0
for sheet, csv_name in pairs:
    expected = read(os.path.join(tables_dir, csv_name))
    actual = read(os.path.join(export_dir, f"{stem}-{sheet}.csv"))
    problems = []
    if expected:
        at = next((i for i, r in enumerate(about) if r[:2] == ["CSV file", csv_name]), None)
        listed = about[at + 2:at + 2 + len(expected[0])] if at is not None and about[at + 1][:2] == ["Column", "Heading"] else []
        names = [r[0] if r else "" for r in listed]
        if names != expected[0]:
            problems.append(f"About lists columns {names}, the CSV has {expected[0]}")
        else:
            expected[0] = [(r[1] if len(r) > 1 and r[1] else r[0]) for r in listed]
    if len(expected) != len(actual):
        problems.append(f"{len(expected)} rows in the CSV, {len(actual)} in the sheet")
    cells = numbers = 0
    for r, (e, a) in enumerate(zip(expected, actual), 1):
        for c in range(max(len(e), len(a))):
            x = e[c] if c < len(e) else ""
            y = a[c] if c < len(a) else ""
            cells += 1
            u, v = number(x, False), number(y, True)
            if u is not None and v is not None and r > 1:
                numbers += 1
                if abs(u - v) <= 1e-9 * max(1.0, abs(u)):
                    continue
            elif x == y:
                continue
            problems.append(f"row {r}, column {c + 1}: CSV {x!r}, sheet {y!r}")
    status = "ok  " if not problems else "DIFF"
    print(f"{status} {sheet:<32} {csv_name}: {len(expected) - 1} rows, {cells} cells, {numbers} numbers")
    for p in problems[:10]:
        print(f"       {p}")
    failures += bool(problems)

print(f"{len(pairs) - failures} of {len(pairs)} sheets match their CSV files")
sys.exit(1 if failures else 0)
PY
