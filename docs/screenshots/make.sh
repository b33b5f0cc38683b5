#!/usr/bin/env bash
# Screenshots of report.html's summary, recommendation, map and budget chapters (desktop width), made with
# headless Chromium from a report folder: bash docs/screenshots/make.sh DIR (default: a fresh demo report).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIR=${1:-}
if [ -z "$DIR" ]; then
    DIR=$(mktemp -d)/demo
    (cd "$ROOT" && swift run -c release reroute report --demo --out "$DIR" --quiet)
fi
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "needs chromium (apt-get install chromium)" >&2; exit 69; }
WORK=$(mktemp -d)
for chapter in summary recommendation recommendations geography budget; do
    # One chapter shown, everything else hidden, through a style added to a copy of the page.
    sed "s#</head>#<style>header, nav.toc, section.chapter, footer{display:none !important} \#$chapter{display:block !important}</style></head>#" \
        "$DIR/report.html" > "$WORK/$chapter.html"
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 \
        --screenshot="$HERE/$chapter.png" "file://$WORK/$chapter.html" >/dev/null 2>&1
    echo "wrote $HERE/$chapter.png"
done
rm -rf "$WORK"
