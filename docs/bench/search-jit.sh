#!/usr/bin/env bash
# How much a warm 1M search server still compiles (session 15, h-jit): starts SearchBench with the
# compilation log on, sends WARM requests of search-lua.py's mix at 8 connections, then runs wrk
# MEASURE seconds at 32 connections and counts over that phase, per request: compilations, C2 code
# thrown away, uncommon traps (docs/bench/deopt-reasons.py) and CPU seconds by thread group
# (docs/bench/thread-cpu.py). The warm-up is counted in requests, not seconds, so that a loaded
# machine (slower) and a quiet one warm the server by the same work; wrk's req/s and p99 are for
# information.
# Usage: [JAR=…] [WARM=30000] [MEASURE=30] docs/bench/search-jit.sh INDEX_DIR PORT OUT_DIR [JVM_OPTION...]
# INDEX_DIR: a copy of a schema-11 1M index (the server takes its write lock). OUT_DIR gets the
# log, the wrk output and a summary. One server at a time: it holds -Xmx8g.
set -euo pipefail
cd "$(dirname "$0")/../.."
IDX=$1 PORT=$2 OUT=$3
shift 3
JAR=${JAR:-sijil-bench/target/benchmarks.jar}
WARM=${WARM:-30000} MEASURE=${MEASURE:-30}
mkdir -p "$OUT"
java -Xmx8g -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile="$OUT/comp.log" "$@" \
  -cp "$JAR" org.sijil.bench.search.SearchBench 1030000 "$IDX" "$PORT" > "$OUT/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 600); do # up to 20 min on a loaded machine; a JVM refusing an option exits at once
  grep -q serving "$OUT/server.log" && break
  kill -0 $PID 2>/dev/null || { cat "$OUT/server.log"; exit 1; }
  sleep 2
done
grep -q serving "$OUT/server.log" || { echo "no 'serving' after 20 min" >&2; exit 1; }
docs/bench/search-lua.py "$PORT" "$OUT/mix.lua" mix
# wrk has no request count: the first of its two threads to have had its half ends wrk
# (thread:stop() would leave wrk waiting out its duration).
{
  cat "$OUT/mix.lua"
  printf 'local done = 0\nresponse = function()\n  done = done + 1\n'
  printf '  if done >= %d then os.exit(0) end\nend\n' $((WARM / 2))
} > "$OUT/warm.lua"
URL="http://127.0.0.1:$PORT"
stamp() { jcmd $PID VM.uptime | awk 'NR == 2 {print $1}'; }
wrk -t2 -c8 -d3600s -s "$OUT/warm.lua" "$URL" > "$OUT/warm.txt" || true
{ echo "load before: $(uptime)"; } > "$OUT/summary.txt"
FROM=$(stamp)
docs/bench/thread-cpu.py $PID > "$OUT/cpu-a.txt"
wrk -t2 -c32 -d"$MEASURE"s --latency -s "$OUT/mix.lua" "$URL" > "$OUT/measure.txt"
docs/bench/thread-cpu.py $PID > "$OUT/cpu-b.txt"
TO=$(stamp)
echo "load after: $(uptime)" >> "$OUT/summary.txt"
kill $PID # SIGTERM: the JVM writes the compiler threads' part of the log as it exits
wait $PID || true
trap - EXIT
N=$(awk '/requests in/ {print $1}' "$OUT/measure.txt")
python3 - "$OUT" "$N" "$FROM" "$TO" >> "$OUT/summary.txt" <<'PY'
import sys
out, n, t0, t1 = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
def read(f):
    return {k: float(v) for k, v in (l.rstrip('\n').split('\t') for l in open(f'{out}/{f}'))}
a, b = read('cpu-a.txt'), read('cpu-b.txt')
print(f'measured: {n} requests in {t1 - t0:.1f} s (JVM uptime {t0:.1f}-{t1:.1f} s)')
for g in ('jetty/req', 'jit', 'gc'):
    d = b.get(g, 0) - a.get(g, 0)
    print(f'{g}: {d:.2f} CPU s = {1000 * d / n:.3f} ms per request')
PY
grep -E "Requests/sec|  50%|  99%" "$OUT/measure.txt" >> "$OUT/summary.txt"
python3 docs/bench/deopt-reasons.py "$OUT/comp.log" "$FROM" "$TO" > "$OUT/reasons.txt"
grep -E "^## (uncommon traps hit|made not entrant|compilations finished|C2 queue)" "$OUT/reasons.txt" \
  >> "$OUT/summary.txt"
cat "$OUT/summary.txt"
