#!/usr/bin/env bash
# How long a running `sijil serve` takes to stop while its register watch reads the whole register
# again (issue 14, 13 item 3): serves a COPY of a register file, waits until it is read, imports
# LIST as a new release of source `bench-stop` with `sijil import` (a new release needs the whole
# read), waits for the server's "The register changed" line and DELAY seconds more (default 2), sends
# it SIGTERM (as Ctrl-C or systemd do) and prints the seconds until the process has exited, the
# server's CPU seconds and the load average, and the server's lines: a server that stops its read
# says "The read under way ended … s after it was asked to stop" and "Stopped reading the changed
# register", and never prints a second "Loaded" line.
# Usage: [DELAY=2] docs/bench/serve-stop-during-reload.sh JAR DB LIST [PORT] [java options...]
set -euo pipefail
JAR=$1; DB=$2; LIST=$3; PORT=${4:-18091}; shift 4 || shift $#
TMP="$(mktemp -d)"
cp "$DB" "$TMP/reg.db"
[ -d "$DB.search" ] && cp -r "$DB.search" "$TMP/reg.db.search"
LOG="$TMP/serve.log"
. "$(dirname "$0")/serve-common.sh"
serve_start "$JAR" "$TMP/reg.db" "$PORT" "$LOG" "$@"
trap 'kill $SERVE_PID 2>/dev/null; wait $SERVE_PID 2>/dev/null; rm -rf "$TMP"' EXIT
has() { grep -qE "$1" "$LOG"; }
serve_wait has '^Loaded'
java -jar "$JAR" import "$LIST" --source bench-stop --release r1 --db "$TMP/reg.db" --by bench \
  > "$TMP/import.log" 2>&1 || { cat "$TMP/import.log"; exit 1; }
serve_wait has '^The register changed'
sleep "${DELAY:-2}"
cpu=$(serve_cpu)
start=$(date +%s.%N)
kill -TERM "$SERVE_PID"
wait "$SERVE_PID" || true   # the server is this script's child: wait returns when it has exited
end=$(date +%s.%N)
echo "server exited after $(echo "$end - $start" | bc) s wall" \
  "(server $cpu CPU s in all before the stop; load $(load_now))"
grep -E "^Loaded|^Updated the view|^The register changed|^Stopped reading|^The read under way|still under way" "$LOG" || true
