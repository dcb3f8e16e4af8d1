#!/usr/bin/env bash
# PostgreSQL scale figures (issue 13 item 7), all inside one throwaway 'pg_virtualenv -t' cluster:
#   1. 'sijil-tools bench import' of CSV into PostgreSQL (COPY FROM STDIN);
#   2. 'sijil link' of the same CSV imported into PostgreSQL, then into a DuckDB file (same machine);
#   3. 'sijil serve' on the linked PostgreSQL register: wrk with 32 connections, searches then person
#      pages (60 s each) drawn from the register's own persons; p50/p90/p99 from wrk --latency.
# Each step prints wall time, process CPU (user+sys) and peak RSS (/usr/bin/time) and the load
# average (uptime) before and after, so a run on a busy machine says so.
# Usage: docs/bench/postgres-scale.sh [CSV] [PORT]   (after ./mvnw -q -DskipTests package)
#   SIJIL_HEAP (default 3g) sets -Xmx; WRK_SECONDS (default 60) each wrk run.
#   CSV defaults to /work/quiet/synth1m.csv (1,000,000 synthetic rows; read only).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PGHOST:-}" ]; then exec pg_virtualenv -t "$0" "$@"; fi
CSV="${1:-/work/quiet/synth1m.csv}"
PORT="${2:-18093}"
HEAP="${SIJIL_HEAP:-3g}"
SECS="${WRK_SECONDS:-60}"
JAR=sijil-cli/target/sijil.jar
TOOLS=sijil-bench/target/sijil-tools.jar
PG="postgresql://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE"
WORK="$(mktemp -d)"
URL="http://127.0.0.1:$PORT"
cleanup() { kill "${SERVER:-}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# timed LABEL CMD...: runs CMD, prints its output's last lines and wall/CPU/RSS with the load.
timed() {
  local label="$1"; shift
  echo "== $label"
  echo "   load before: $(uptime | sed 's/.*load average: //')"
  /usr/bin/time -f "   %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" -o "$WORK/time" "$@" \
    > "$WORK/out" 2>&1 || { cat "$WORK/out"; exit 1; }
  tail -n 12 "$WORK/out" | sed 's/^/   /'
  cat "$WORK/time"
  echo "   load after:  $(uptime | sed 's/.*load average: //')"
}
schema() { psql -q -c "CREATE SCHEMA $1" > /dev/null; echo "$PG?currentSchema=$1"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(psql -tAc 'SHOW server_version') ;" \
     "$(wc -l < "$CSV") lines in $CSV"

timed "1. bench import into PostgreSQL (COPY)" \
  java -Xmx"$HEAP" -jar $TOOLS bench import --file "$CSV" --db "$(schema bench_import)"

REG="$(schema reg)"
timed "2a. import into PostgreSQL (for the link run)" \
  java -Xmx"$HEAP" -jar $JAR import "$CSV" --source synth --release r1 --db "$REG"
timed "2b. link on PostgreSQL" java -Xmx"$HEAP" -jar $JAR link --db "$REG"
timed "2c. import into DuckDB (for the link run)" \
  java -Xmx"$HEAP" -jar $JAR import "$CSV" --source synth --release r1 --db "$WORK/reg.db"
timed "2d. link on DuckDB" java -Xmx"$HEAP" -jar $JAR link --db "$WORK/reg.db"

echo "== 3. serve on PostgreSQL, wrk 32 connections"
START=$SECONDS
java -Xmx"$HEAP" -jar $JAR serve --db "$REG" --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
until grep -q "serving" "$WORK/server.log"; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 1
done
echo "   ready after $((SECONDS - START)) s"
curl -s -o "$WORK/persons.csv" "$URL/api/download/persons.csv"
python3 - "$WORK" <<'PY'
import csv, random, sys, urllib.parse
work = sys.argv[1]
random.seed(3)
rows = [r for r in csv.DictReader(open(work + '/persons.csv', encoding='utf-8')) if r['name_ar']]
for kind in ('search', 'person'):
    paths = []
    for _ in range(3000):
        r = random.choice(rows)
        if kind == 'search':   # as listed, or given and father name only
            q = r['name_ar'] if random.random() < 0.6 else ' '.join(r['name_ar'].split()[:2])
            paths.append('/api/persons?q=' + urllib.parse.quote(q))
        else:
            paths.append('/person/' + r['person_id'])
    open(work + '/' + kind + '.lua', 'w').write(
        'local paths = {\n' + ',\n'.join('"%s"' % p for p in paths) + '\n}\nlocal i = 0\n'
        'request = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n')
PY
wrk -t2 -c8 -d15s -s "$WORK/search.lua" "$URL" > /dev/null   # warm-up (JIT)
for kind in search person; do
  echo "   -- $kind, load before: $(uptime | sed 's/.*load average: //')"
  wrk -t2 -c32 -d"${SECS}s" --latency -s "$WORK/$kind.lua" "$URL" \
    | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket" | sed 's/^/   /'
done
echo "   server CPU so far: $(ps -o times= -p $SERVER) s; load: $(uptime | sed 's/.*load average: //')"
