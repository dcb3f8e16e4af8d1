#!/usr/bin/env python3
"""Writes a wrk script of search requests (issue 14, h-http).

Usage: docs/bench/search-lua.py PORT OUT.lua [mix|one-token] [PAUSE_MS]
Queries are drawn by searchqueries.py (seed 14, 4,000 of them) from the register's own persons:
"mix" is search-1m.sh's mix of common and rare names in both scripts; "one-token" keeps only the
given name alone, half Arabic, half Latin (the cheapest pages, where HTTP's share is largest).
With PAUSE_MS each connection waits that long after each answer before its next request (wrk's
delay()): 32 connections then offer a steady rate instead of as many requests as the server can
answer (27 ms: ~1,030/s at a 4 ms mean answer), the load of issue 14's p99 target.
Then: wrk -t2 -c32 -d30s --latency -s OUT.lua http://127.0.0.1:PORT
"""
import random, sys

import searchqueries

port, out = sys.argv[1], sys.argv[2]
which = sys.argv[3] if len(sys.argv) > 3 else 'mix'
pause_ms = int(sys.argv[4]) if len(sys.argv) > 4 else 0
rows = searchqueries.register_rows(port)
random.seed(14)
qs = [searchqueries.search_path(q) for q in searchqueries.mix(rows, 4000, which)]
lua = 'local paths = {\n' + ',\n'.join('"%s"' % p for p in qs) + '\n}\nlocal i = 0\n' \
      'request = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n'
if pause_ms:
    lua += 'delay = function() return %d end\n' % pause_ms
open(out, 'w').write(lua)
