#!/usr/bin/env python3
"""Writes a wrk script of search requests (issue 14, h-http).

Usage: docs/bench/search-lua.py PORT OUT.lua [mix|one-token]
Queries are drawn as in search-1m.sh (seed 14, 4,000 of them) from the register's own persons:
"mix" is search-1m.sh's mix of common and rare names in both scripts; "one-token" keeps only the
given name alone, half Arabic, half Latin (the cheapest pages, where HTTP's share is largest).
Then: wrk -t2 -c32 -d30s --latency -s OUT.lua http://127.0.0.1:PORT
"""
import json, random, sys, urllib.parse, urllib.request

port, out = sys.argv[1], sys.argv[2]
which = sys.argv[3] if len(sys.argv) > 3 else 'mix'
base = 'http://127.0.0.1:%s/api/persons' % port
rows = []
for k in range(20):
    rows += json.load(urllib.request.urlopen('%s?limit=1000&offset=%d' % (base, k * 50000)))['hits']
random.seed(14)
qs = []
while len(qs) < 4000:
    r = random.choice(rows)
    ar, en = (r['name_ar'] or '').split(), (r['name_en'] or '').split()
    k = random.random()
    if not ar or not en:
        continue
    if which == 'one-token':
        q = ar[0] if k < 0.5 else en[0]
    elif k < 0.25: q = ' '.join(ar)                                 # rare: full Arabic name
    elif k < 0.40: q = ' '.join(en)                                 # rare: full Latin name
    elif k < 0.55 and len(ar) >= 4: q = ' '.join(ar[:2] + ar[3:])   # grandfather missing
    elif k < 0.70: q = ar[0] + ' ' + ar[-1]                         # common: given + family, Arabic
    elif k < 0.80: q = en[0] + ' ' + en[-1]                         # common: given + family, Latin
    elif k < 0.90: q = ar[0]                                        # very common: given name, Arabic
    else: q = en[0]                                                 # very common: given name, Latin
    qs.append('/api/persons?q=' + urllib.parse.quote(q))
lua = 'local paths = {\n' + ',\n'.join('"%s"' % p for p in qs) + '\n}\nlocal i = 0\n' \
      'request = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n'
open(out, 'w').write(lua)
