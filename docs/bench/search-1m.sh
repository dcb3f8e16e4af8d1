#!/usr/bin/env bash
# Search benchmark at one million persons (issue 14): SearchBench builds or opens the Lucene index of
# a synthetic register (the project's list generator, persons grouped by its ground truth) in
# INDEX_DIR and serves the real API on 127.0.0.1; queries are drawn from the register's own persons,
# common and rare names in both scripts; Debian's wrk runs 32 connections from a second process.
# Usage: [WARMUP=seconds] [MINUTES=n] docs/bench/search-1m.sh [INDEX_DIR] [PORT]
#   (after ./mvnw -q -pl sijil-bench -am -DskipTests package)
# After the warm-up it asks the mix one request at a time, twice (search-sequential.py: whether the
# slow answers are pages or the machine), then runs 30 s of 32 connections with no pause (the most
# the server answers), then the load of issue 14's target: 32 connections, each pausing 27 ms after
# each answer (~1,030/s), one minute to settle and MINUTES (default 3) measured minutes, each with
# its own percentiles.
# Run it twice: the second start finds an up-to-date index and does not rebuild it. The server gets
# the compiler threads bin/sijil gives a server on a small machine (-XX:CICompilerCount=4).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR="${1:-/tmp/sijil-search-1m}"
PORT="${2:-18080}"
WORK="$(mktemp -d)"
uptime
java -Xmx8g -XX:CICompilerCount=4 -cp sijil-bench/target/benchmarks.jar org.sijil.bench.search.SearchBench 1030000 "$DIR" "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q "serving" "$WORK/server.log"; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 2
done
cat "$WORK/server.log"
du -sb "$DIR"
python3 docs/bench/search-lua.py "$PORT" "$WORK/search.lua" mix
python3 docs/bench/search-lua.py "$PORT" "$WORK/paced.lua" mix 27
URL="http://127.0.0.1:$PORT"
# Warm-up: at 1M the JIT is still compiling hard after 20 s (131 req/s in the first 20 s, ~430 after
# 80 s; docs/benchmarks.md, "Quiet figures in session 14"), so the default is 100 s; WARMUP=20
# gives the figures of sessions 12 and 13.
wrk -t2 -c8 -d"${WARMUP:-100}"s -s "$WORK/search.lua" "$URL" > /dev/null
uptime
# One request at a time, twice over the mix: a path slow in one round only was held up by the
# machine, not by its page (docs/benchmarks.md, "Quiet figures in session 26").
echo "== one request at a time, two rounds"
python3 docs/bench/search-sequential.py "$PORT" 2
echo "== 32 connections, no pause"
wrk -t2 -c32 -d30s --latency -s "$WORK/search.lua" "$URL"
uptime
# The first paced minute reads a higher p99 than the ones after it (docs/benchmarks.md, "Quiet
# figures in session 25"): a server runs for days, so that minute settles it and is not counted.
echo "== 32 connections, 27 ms pause after each answer: settling minute"
wrk -t2 -c32 -d60s --latency -s "$WORK/paced.lua" "$URL"
for minute in $(seq "${MINUTES:-3}"); do
  uptime
  echo "== 32 connections, 27 ms pause after each answer: measured minute $minute"
  wrk -t2 -c32 -d60s --latency -s "$WORK/paced.lua" "$URL"
done
uptime
