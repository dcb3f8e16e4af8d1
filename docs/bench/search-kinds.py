#!/usr/bin/env python3
"""Server CPU per search request, by kind of query (issue 14).

Usage: docs/bench/search-kinds.py PORT SERVER_PID [PER_KIND]
against a running SearchBench (docs/bench/search-1m.sh starts one). Queries are drawn by
searchqueries.py (seed 14) from the register's own persons; each kind is sent PER_KIND times (distinct
queries), one at a time, after a warm-up round; the CPU the server process used (utime + stime
from /proc/PID/stat) is divided by the requests, so the figure holds under load too (unlike
requests/s), apart from cache contention. Prints ms of CPU per request and mean hits' total.
"""
import json, os, random, sys, time, urllib.parse, urllib.request

import searchqueries

port, pid = sys.argv[1], sys.argv[2]
per_kind = int(sys.argv[3]) if len(sys.argv) > 3 else 300
base = 'http://127.0.0.1:%s/api/persons' % port
tick = os.sysconf('SC_CLK_TCK')


def cpu():
    f = open('/proc/%s/stat' % pid).read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick


rows = searchqueries.register_rows(port)
random.seed(14)
queries = searchqueries.by_kind(rows, 2 * per_kind)


def run(qs):
    totals = 0
    for q in qs:
        page = json.load(urllib.request.urlopen(base + '?q=' + urllib.parse.quote(q)))
        totals += page['total']
    return totals


for kind, qs in queries.items():
    run(qs[per_kind:])  # warm-up on other queries of the same kind
print('%-20s %10s %10s %10s' % ('kind', 'cpu ms/req', 'wall ms', 'mean total'))
for kind, qs in queries.items():
    c0, t0 = cpu(), time.time()
    totals = run(qs[:per_kind])
    c1, t1 = cpu(), time.time()
    print('%-20s %10.2f %10.2f %10.0f' % (kind, (c1 - c0) * 1000 / per_kind,
                                         (t1 - t0) * 1000 / per_kind, totals / per_kind))
