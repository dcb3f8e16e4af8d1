#!/usr/bin/env bash
# Time for a running `sijil serve` to show an analyst's removal made on the command line (issue 12,
# RegisterWatch): serves a COPY of a register file, waits until it is read, removes row 1 of its
# first release with `sijil records remove`, then waits for the server's second `Loaded ...` line,
# or its first `Updated the view in place ...` line (it has noticed the change and read its view
# again, or applied just the amendment to it). Prints the seconds from the command's end to
# that line, the server's CPU seconds and the load average, and the server's lines about it.
# CHANGE=decide makes the change an analyst's review decision instead: `sijil review decide` on the
# first pair of `sijil review list` (match), which no person shows until the next link run, so the
# server only reads its review queue and decisions again (issues 13 and 14).
# Usage: [CHANGE=remove|decide] docs/bench/serve-sees-amendment.sh JAR DB [PORT] [java options...]
set -euo pipefail
JAR=$1; DB=$2; PORT=${3:-18081}; shift 3 || shift $#
TMP="$(mktemp -d)"
cp "$DB" "$TMP/reg.db"
[ -d "$DB.search" ] && cp -r "$DB.search" "$TMP/reg.db.search"
LOG="$TMP/serve.log"
. "$(dirname "$0")/serve-common.sh"
serve_start "$JAR" "$TMP/reg.db" "$PORT" "$LOG" "$@"
trap 'kill $SERVE_PID 2>/dev/null; wait $SERVE_PID 2>/dev/null; rm -rf "$TMP"' EXIT
loaded() { [ "$(grep -cE '^(Loaded|Updated the view)' "$LOG")" -ge "$1" ]; }
serve_wait loaded 1
case "${CHANGE:-remove}" in
  remove)
    release=$(java -jar "$JAR" releases --db "$TMP/reg.db" --format json \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
    java -jar "$JAR" records remove "$release:1" --db "$TMP/reg.db" --reason "benchmark" --by bench
    ;;
  decide)
    pair=$(java -jar "$JAR" review list --db "$TMP/reg.db" --format json --limit 1 \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["pair"])')
    java -jar "$JAR" review decide "$pair" match --note "benchmark" --by bench --db "$TMP/reg.db"
    ;;
  *) echo "CHANGE must be remove or decide, not $CHANGE"; exit 1 ;;
esac
start=$(date +%s.%N)
serve_wait loaded 2
end=$(date +%s.%N)
echo "shown after $(echo "$end - $start" | bc) s wall (server $(serve_cpu) CPU s in all; load $(load_now))"
grep -E "^Loaded|^Updated the view|^The register changed" "$LOG" || true
