#!/usr/bin/env bash
# Shows that two builds of itaminer give the same reports: runs each jar on the same documents, exports the
# reports as JSONL (with local paths, sorted by digest) and compares them byte for byte.
#   bench/scripts/compare-outputs.sh OLD.jar NEW.jar [DOCS...]      (default DOCS: samples/)
# Exit 0 when identical; 1 with the first differing reports shown (by jq when it is there) otherwise.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OLD.jar NEW.jar [DOCS...]" >&2; exit 2; }
old="$1"; new="$2"; shift 2
here="$(cd "$(dirname "$0")/../.." && pwd)"
[ $# -gt 0 ] || set -- "$here/samples"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for side in old new; do
  jar="$old"; [ "$side" = new ] && jar="$new"
  # builds before the export's --with-paths wrote local paths always
  paths=""; java -jar "$jar" export --help 2>/dev/null | grep -q -- --with-paths && paths="--with-paths"
  java -jar "$jar" run "$@" -w "$tmp/$side" >/dev/null 2>&1 || true   # exit 3 = some document failed
  java -jar "$jar" export -w "$tmp/$side" --format jsonl $paths --out "$tmp/$side.jsonl" >/dev/null
  sort "$tmp/$side.jsonl" > "$tmp/$side.sorted"
done
n=$(wc -l < "$tmp/new.sorted")
if cmp -s "$tmp/old.sorted" "$tmp/new.sorted"; then
  echo "identical: $n reports"
  exit 0
fi
echo "DIFFERENT: $(wc -l < "$tmp/old.sorted") reports before, $n after"
if command -v jq >/dev/null; then
  diff <(jq -S . "$tmp/old.sorted") <(jq -S . "$tmp/new.sorted") | head -40
else
  diff "$tmp/old.sorted" "$tmp/new.sorted" | head -20
fi
exit 1
