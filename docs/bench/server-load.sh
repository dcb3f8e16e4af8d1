#!/usr/bin/env bash
# Load under contention (issue 11): 'sijil serve' on a linked synthetic register, wrk with 32
# connections for 60 s mixing search, person pages and downloads, while CLI imports run on the same
# register file (holding DuckDB's lock) and an analyst posts review decisions through the API.
# Reports wrk's figures, decisions acknowledged vs stored, and the server's heap (jstat).
# Usage: docs/bench/server-load.sh [PORT] [RECORDS]   (after ./mvnw -q -DskipTests package; loopback only)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${1:-18091}"
RECORDS="${2:-30000}"
HEAP="${SIJIL_HEAP:-1g}"
JAR=sijil-cli/target/sijil.jar
WORK="$(mktemp -d)"
DB="$WORK/reg.db"
URL="http://127.0.0.1:$PORT"
cleanup() { kill "${SERVER:-}" "${JSTAT:-}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

java -jar $JAR synth --records "$RECORDS" --lists 3 --seed 5 --split --out "$WORK/l.csv" > /dev/null
LISTS=("$WORK"/l-*.csv)
java -jar $JAR import "${LISTS[0]}" --source a --release r1 --db "$DB" > /dev/null
java -jar $JAR import "${LISTS[1]}" --source b --release r1 --db "$DB" > /dev/null
java -jar $JAR link --db "$DB" > /dev/null 2>&1
echo "load-test password" | java -jar $JAR users add analyst --role analyst --db "$DB" > /dev/null
java -jar $JAR synth --records 200000 --lists 2 --seed 9 --out "$WORK/big.csv" > /dev/null

java -Xmx"$HEAP" -jar $JAR serve --db "$DB" --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
until grep -q "serving" "$WORK/server.log"; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 1
done
grep -E "^Loaded" "$WORK/server.log"
curl -s -o "$WORK/persons.csv" "$URL/api/download/persons.csv"

python3 - "$WORK" <<'PY'
import csv, random, sys, urllib.parse
work = sys.argv[1]
random.seed(3)
rows = [r for r in csv.DictReader(open(work + '/persons.csv', encoding='utf-8')) if r['name_ar']]
paths = []
for _ in range(3000):
    r = random.choice(rows); k = random.random()
    if k < 0.55:                                               # search: as listed, or given+father
        q = r['name_ar'] if random.random() < 0.6 else ' '.join(r['name_ar'].split()[:2])
        paths.append('/api/persons?q=' + urllib.parse.quote(q))
    elif k < 0.9:                                              # person page (HTML)
        paths.append('/person/' + r['person_id'])
    elif k < 0.97:                                             # filtered download
        paths.append('/api/download/persons.csv?sex=f&min_age=0&max_age=17')
    else:                                                      # whole register, records level
        paths.append('/api/download/records.json')
lua = 'local paths = {\n' + ',\n'.join('"%s"' % p for p in paths) + '\n}\nlocal i = 0\n' \
      'request = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n' \
      'done = function(summary, latency, requests)\n' \
      '  io.write(string.format("non-2xx/3xx: %d, socket errors: connect %d read %d write %d timeout %d\\n",\n' \
      '    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))\nend\n'
open(work + '/mix.lua', 'w').write(lua)
PY

jstat -gc $SERVER 1000 > "$WORK/jstat.log" &
JSTAT=$!
wrk -t2 -c8 -d10s -s "$WORK/mix.lua" "$URL" > /dev/null   # warm-up (JIT)

# CLI imports of a 200,000-row list into the same register, one after another, for the whole run.
( i=0; end=$((SECONDS + 62)); while [ $SECONDS -lt $end ]; do i=$((i + 1));
    java -Xmx1g -jar $JAR import "$WORK/big.csv" --source load --release "run-$i" --db "$DB" > "$WORK/import-$i.log" 2>&1 \
      && echo "import run-$i ok" >> "$WORK/imports.log" || echo "import run-$i failed" >> "$WORK/imports.log"; done ) &
IMPORTS=$!

# An analyst deciding review pairs through the API during the run (503 + Retry-After is retried).
python3 - "$URL" "$WORK" <<'PY' &
import json, sys, time, urllib.request, urllib.error
url, work = sys.argv[1], sys.argv[2]
def call(method, path, body=None, headers={}):
    req = urllib.request.Request(url + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={'Content-Type': 'application/json', **headers})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()
status, headers, body = call('POST', '/api/session', {'name': 'analyst', 'password': 'load-test password'})
while status == 503:
    time.sleep(int(headers.get('Retry-After', '5'))); status, headers, body = call('POST', '/api/session', {'name': 'analyst', 'password': 'load-test password'})
cookie = headers['Set-Cookie'].split(';')[0]; csrf = json.loads(body)['csrf_token']
auth = {'Cookie': cookie, 'X-CSRF-Token': csrf}
items = json.loads(call('GET', '/api/review?limit=200', headers=auth)[2])['items']
acked, busy, other = 0, 0, 0
end = time.time() + 58
for it in items:
    if time.time() > end:
        break
    while True:
        s, h, b = call('POST', '/api/review/' + it['pair_id'], {'decision': 'non-match', 'note': 'load test'}, auth)
        if s == 503:
            busy += 1; time.sleep(int(h.get('Retry-After', '5'))); continue
        break
    if s == 200: acked += 1
    else: other += 1
json.dump({'acknowledged': acked, 'busy_503': busy, 'other': other}, open(work + '/decisions.json', 'w'))
PY
DECIDER=$!

echo "== load: 32 connections, 60 s, during CLI imports and review decisions; $(uptime)"
wrk -t2 -c32 -d60s --latency --timeout 30s -s "$WORK/mix.lua" "$URL"
echo "== after the run: $(uptime)"
wait $DECIDER
wait $IMPORTS || true
kill $JSTAT 2>/dev/null || true
cat "$WORK/imports.log"
for f in "$WORK"/import-*.log; do grep -q "sijil:" "$f" && { echo "$f:"; tail -3 "$f"; }; done || true
cat > "$WORK/Count.java" <<'JAVA'
public class Count {
  public static void main(String[] a) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + a[0]);
        var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM review_decisions WHERE note = 'load test'")) {
      r.next();
      System.out.println(r.getLong(1));
    }
  }
}
JAVA
echo "decisions: $(cat "$WORK/decisions.json"), stored in the register: $(java -cp $JAR "$WORK/Count.java" "$DB")"
python3 - "$WORK/jstat.log" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and not l.lstrip().startswith('S0C')]
used = [(float(r[2]) + float(r[3]) + float(r[5]) + float(r[7])) / 1024 for r in rows]
cap = [(float(r[0]) + float(r[1]) + float(r[4]) + float(r[6])) / 1024 for r in rows]
print('server heap used: max %.0f MB, last %.0f MB; heap committed max %.0f MB (%d samples)' % (max(used), used[-1], max(cap), len(used)))
PY
