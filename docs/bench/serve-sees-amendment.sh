#!/usr/bin/env bash
# Time for a running `sijil serve` to show an analyst's removal made on the command line (issue 12,
# RegisterWatch): serves a COPY of a register file, waits until it is read, removes row 1 of its
# first release with `sijil records remove`, then waits for the server's second `Loaded ...` line
# (it has noticed the change and read its view again). Prints the seconds from the command's end to
# that line, the server's CPU seconds and the load average, and the server's lines about it.
# Usage: docs/bench/serve-sees-amendment.sh JAR DB [PORT] [java options...]
set -euo pipefail
JAR=$1; DB=$2; PORT=${3:-18081}; shift 3 || shift $#
TMP="$(mktemp -d)"
cp "$DB" "$TMP/reg.db"
[ -d "$DB.search" ] && cp -r "$DB.search" "$TMP/reg.db.search"
LOG="$TMP/serve.log"
java "$@" -jar "$JAR" serve --db "$TMP/reg.db" --port "$PORT" > "$LOG" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$TMP"' EXIT
until [ "$(grep -c '^Loaded' "$LOG")" -ge 1 ]; do
  sleep 0.05
  kill -0 $pid 2>/dev/null || { echo "server died"; cat "$LOG"; exit 1; }
done
release=$(java -jar "$JAR" releases --db "$TMP/reg.db" --format json \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
java -jar "$JAR" records remove "$release:1" --db "$TMP/reg.db" --reason "benchmark" --by bench
start=$(date +%s.%N)
until [ "$(grep -c '^Loaded' "$LOG")" -ge 2 ]; do
  sleep 0.05
  kill -0 $pid 2>/dev/null || { echo "server died"; cat "$LOG"; exit 1; }
done
end=$(date +%s.%N)
cpu=$(awk -v t="$(getconf CLK_TCK)" '{print ($14+$15)/t}' /proc/$pid/stat)
echo "shown after $(echo "$end - $start" | bc) s wall (server $cpu CPU s in all; load $(cut -d' ' -f1 /proc/loadavg))"
grep -E "^Loaded|^The register changed" "$LOG" || true
