#!/usr/bin/env bash
# Server search benchmark: 'sijil demo --records 170000' (about 100,000 persons from the synthetic
# list generator) on 127.0.0.1, queries drawn from its own persons with the damage the search must
# tolerate, and wrk (Debian package 'wrk') from this second process: first paced at ~200 requests/s,
# then saturated. Usage: docs/bench/server-search.sh [PORT]   (after ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${1:-18090}"
WORK="$(mktemp -d)"
java -Xmx3g -jar sijil-cli/target/sijil.jar demo --records 170000 --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q "serving" "$WORK/server.log"; do
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 2
done
grep -E "persons|records" "$WORK/server.log" | grep -v Note
curl -s -o "$WORK/persons.csv" "http://127.0.0.1:$PORT/api/download/persons.csv"
python3 - "$WORK" <<'PY'
import csv, random, sys, urllib.parse
work = sys.argv[1]
random.seed(3)
rows = [r for r in csv.DictReader(open(work + '/persons.csv', encoding='utf-8')) if r['name_ar']]
qs = []
while len(qs) < 2000:
    r = random.choice(rows); ar = r['name_ar'].split(); k = random.random()
    if k < 0.3: q = r['name_ar']                                   # as listed
    elif k < 0.5: q = r['name_ar'].replace('ي', 'ى')               # alef maqsura for ya
    elif k < 0.7 and len(ar) >= 4: q = ' '.join(ar[:2] + ar[3:])   # grandfather missing
    elif k < 0.9 and r['name_en']: q = r['name_en']                # Latin script
    else: q = ' '.join(ar[:2])                                     # given and father name only
    qs.append('/api/persons?q=' + urllib.parse.quote(q))
lua = 'local paths = {\n' + ',\n'.join('"%s"' % p for p in qs) + '\n}\nlocal i = 0\n' \
      'request = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n'
open(work + '/search.lua', 'w').write(lua)
open(work + '/paced.lua', 'w').write(lua + 'function delay()\n  return 15\nend\n')
PY
URL="http://127.0.0.1:$PORT"
wrk -t2 -c4 -d20s -s "$WORK/search.lua" "$URL" > /dev/null   # warm-up (JIT)
echo "== paced: 4 connections, 15 ms pause between requests on each (about 200 requests/s)"
wrk -t2 -c4 -d60s --latency -s "$WORK/paced.lua" "$URL"
echo "== saturated: 8 connections, no pause"
wrk -t2 -c8 -d30s --latency -s "$WORK/search.lua" "$URL"
echo "== person page sizes (bytes) of 200 persons with the most records"
python3 - "$WORK" "$URL" <<'PY'
import csv, sys, urllib.request
work, url = sys.argv[1], sys.argv[2]
rows = sorted(csv.DictReader(open(work + '/persons.csv', encoding='utf-8')), key=lambda r: -int(r['records']))[:200]
sizes = [len(urllib.request.urlopen(url + '/person/' + r['person_id']).read()) for r in rows]
print('max', max(sizes), 'mean', sum(sizes) // len(sizes), 'most records on one person', rows[0]['records'])
PY
