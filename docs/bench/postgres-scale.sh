#!/usr/bin/env bash
# PostgreSQL scale figures (issue 13 item 7), all inside one throwaway 'pg_virtualenv -t' cluster:
#   1. 'sijil-tools bench import' of CSV into PostgreSQL (COPY FROM STDIN), then into a DuckDB file
#      (the same file, the same code path), each into the register the link run uses next;
#   2. 'sijil link' on the PostgreSQL register, then on the DuckDB file (same records);
#   3. 'sijil serve' on each linked register: wrk with 32 connections, searches then person pages
#      drawn from the register's own persons; p50/p90/p99 from wrk --latency.
# Each step prints wall time, process CPU (user+sys), peak RSS (/usr/bin/time), the load average
# (uptime) before and after, and for PostgreSQL the server's CPU seconds over the step (the
# postmaster and its children), so a run on a busy machine says so, and the WAL bytes the step
# wrote (a count of the server's work that the load does not bend).
# 'sijil import' (which also builds the search index the link run replaces anyway) is left out: set
# FULL_IMPORT=1 to time it too, on PostgreSQL and DuckDB, into separate registers.
# Every Java step runs through the launchers, bin/sijil and bin/sijil-tools, with the options a
# user gets (README, "The launcher": a batch command gets the throughput collector and huge pages
# and the JVM's default heap, a quarter of memory; serve gets G1 and -Xmx2g), so the figures are
# the product's, not those of a bare 'java -jar'.
# Usage: docs/bench/postgres-scale.sh [CSV] [PORT]   (after ./mvnw -q -DskipTests package)
#   SIJIL_HEAP (default: the launcher's) sets -Xmx; SIJIL_JAR and SIJIL_TOOLS_JAR run other jars
#   (e.g. main's, for an A/B); JAVA_OPTS adds JVM options (after the launcher's, as for users);
#   WRAP prefixes each Java step's command (e.g. a per-thread CPU sampler); DUCKDB=0 leaves out the
#   DuckDB side of steps 1 and 2; WRK_SECONDS (default 60) each wrk run; STEPS (default "1 2 3")
#   which steps run; PG_CONF (default "max_wal_size=4GB") postgresql.conf settings of the
#   throwaway cluster, space-separated.
#   CSV defaults to /work/quiet/synth1m.csv (1,000,000 synthetic rows; read only).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PGHOST:-}" ]; then
  opts=()
  for o in ${PG_CONF-max_wal_size=4GB}; do opts+=(-o "$o"); done
  exec pg_virtualenv -t "${opts[@]}" "$0" "$@"
fi
CSV="${1:-/work/quiet/synth1m.csv}"
PORT="${2:-18093}"
SECS="${WRK_SECONDS:-60}"
STEPS="${STEPS:-1 2 3}"
PG="postgresql://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE"
WORK="$(mktemp -d)"
# The search index of a register in PostgreSQL lives under ~/.cache: keep it in WORK, removed at exit.
export JAVA_OPTS="-Duser.home=$WORK/home -XX:+PrintCommandLineFlags${JAVA_OPTS:+ $JAVA_OPTS}"
# shellcheck disable=SC2206 # WRAP is a command and its words
SIJIL=(${WRAP:-} bin/sijil)
# shellcheck disable=SC2206
TOOLS=(${WRAP:-} bin/sijil-tools)
DUCK_TOO="${DUCKDB:-1}"
URL="http://127.0.0.1:$PORT"
PM="$(head -1 "$(psql -tAc 'SHOW data_directory')/postmaster.pid")"
cleanup() { kill "${SERVER:-}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# CPU seconds of the PostgreSQL server: the postmaster, its ended children (cutime, cstime) and
# the live ones (checkpointer, WAL writer, backends).
server_cpu() {
  local tick; tick=$(getconf CLK_TCK)
  local own; own=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PM/stat")
  local kids; kids=$(for p in $(pgrep -P "$PM"); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done \
    | awk '{s += $1} END {print s + 0}')
  echo "$own $kids $tick" | awk '{printf "%.1f", ($1 + $2) / $3}'
}

# timed LABEL CMD...: runs CMD, prints its output's last lines and wall/CPU/RSS with the load.
timed() {
  local label="$1"; shift
  echo "== $label"
  echo "   load before: $(uptime | sed 's/.*load average: //')"
  local pg0; pg0=$(server_cpu)
  local wal0; wal0=$(psql -tAc 'SELECT pg_current_wal_lsn()')
  /usr/bin/time -f "   %e s wall, %U s user + %S s sys CPU, %M KB peak RSS" -o "$WORK/time" "$@" \
    > "$WORK/out" 2>&1 || { cat "$WORK/out"; exit 1; }
  tail -n 40 "$WORK/out" | sed 's/^/   /'
  cat "$WORK/time"
  echo "   PostgreSQL server CPU over the step: $(echo "$(server_cpu) $pg0" | awk '{printf "%.1f", $1 - $2}') s"
  echo "   WAL written over the step: $(psql -tAc "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '$wal0')") bytes"
  echo "   load after:  $(uptime | sed 's/.*load average: //')"
}
schema() { psql -q -c "CREATE SCHEMA $1" > /dev/null; echo "$PG?currentSchema=$1"; }
has() { [[ " $STEPS " == *" $1 "* ]]; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(psql -tAc 'SHOW server_version');" \
     "max_wal_size $(psql -tAc 'SHOW max_wal_size'); $(wc -l < "$CSV") lines in $CSV"
echo "launcher: SIJIL_HEAP=${SIJIL_HEAP:-(its default)}, JAVA_OPTS=$JAVA_OPTS" \
     "(each step prints the JVM's options: -XX:+PrintCommandLineFlags)"

REG="$(schema reg)"
DUCK="$WORK/reg.db"
if has 1; then
  timed "1a. bench import into PostgreSQL (COPY)" \
    "${TOOLS[@]}" bench import --file "$CSV" --db "$REG"
  [ "$DUCK_TOO" = 0 ] || timed "1b. bench import into DuckDB (appender), same file" \
    "${TOOLS[@]}" bench import --file "$CSV" --db "$DUCK"
fi
if [ "${FULL_IMPORT:-0}" = 1 ]; then
  timed "1c. sijil import into PostgreSQL (import, search index, signing)" \
    "${SIJIL[@]}" import "$CSV" --source synth --release r1 --db "$(schema full)"
  [ "$DUCK_TOO" = 0 ] || timed "1d. sijil import into DuckDB (import, search index, signing)" \
    "${SIJIL[@]}" import "$CSV" --source synth --release r1 --db "$WORK/full.db"
fi
if has 2; then
  timed "2a. link on PostgreSQL" "${SIJIL[@]}" link --db "$REG"
  [ "$DUCK_TOO" = 0 ] || timed "2b. link on DuckDB" "${SIJIL[@]}" link --db "$DUCK"
fi
has 3 || exit 0

# serve_wrk NAME DB: serves DB, then wrk on searches and person pages drawn from its persons.
serve_wrk() {
  echo "== 3. serve on $1, wrk 32 connections"
  local start=$SECONDS
  bin/sijil serve --db "$2" --port "$PORT" > "$WORK/server.log" 2>&1 &
  SERVER=$!
  until grep -q "serving" "$WORK/server.log"; do
    kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 1
  done
  echo "   ready after $((SECONDS - start)) s"
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
  wrk -t2 -c8 -d15s -s "$WORK/person.lua" "$URL" > /dev/null
  local pg0; pg0=$(server_cpu)
  for kind in search person; do
    echo "   -- $kind, load before: $(uptime | sed 's/.*load average: //')"
    wrk -t2 -c32 -d"${SECS}s" --latency -s "$WORK/$kind.lua" "$URL" \
      | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket" | sed 's/^/   /'
  done
  echo "   server CPU so far: $(ps -o times= -p $SERVER) s; PostgreSQL server CPU during wrk:" \
       "$(echo "$(server_cpu) $pg0" | awk '{printf "%.1f", $1 - $2}') s; load: $(uptime | sed 's/.*load average: //')"
  kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
}
serve_wrk PostgreSQL "$REG"
serve_wrk DuckDB "$DUCK"
