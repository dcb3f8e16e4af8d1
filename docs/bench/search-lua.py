#!/usr/bin/env python3
"""Writes a wrk script of search requests (issue 14, h-http).

Usage: docs/bench/search-lua.py PORT OUT.lua [mix|one-token]
Queries are drawn by searchqueries.py (seed 14, 4,000 of them) from the register's own persons:
"mix" is search-1m.sh's mix of common and rare names in both scripts; "one-token" keeps only the
given name alone, half Arabic, half Latin (the cheapest pages, where HTTP's share is largest).
Then: wrk -t2 -c32 -d30s --latency -s OUT.lua http://127.0.0.1:PORT
"""
import random, sys

import searchqueries

port, out = sys.argv[1], sys.argv[2]
which = sys.argv[3] if len(sys.argv) > 3 else 'mix'
rows = searchqueries.register_rows(port)
random.seed(14)
qs = [searchqueries.search_path(q) for q in searchqueries.mix(rows, 4000, which)]
lua = 'local paths = {\n' + ',\n'.join('"%s"' % p for p in qs) + '\n}\nlocal i = 0\n' \
      'request = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n'
open(out, 'w').write(lua)
