#!/usr/bin/env python3
"""Whether two running search servers give the same pages (issue 14, h-hits): same hits, order,
scores, reasons and totals, byte for byte in the JSON answer.

Usage: docs/bench/search-same-pages.py PORT_A PORT_B [PER_KIND]
against two SearchBench servers over the same register (e.g. main's jar and a branch's, each on its
own copy of the index). Queries are drawn as in search-kinds.py (seed 14) from the register's own
persons, for every kind, plus each with offset 20, a sex filter, typos (two letters swapped) and
facets. Prints the queries compared and any that differ; exits 1 when one does.

Start both servers with -Dtests.seed=14 (any value, the same): Lucene seeds the hash of index terms
per JVM otherwise, which orders a token's alternatives of equal weight differently from one start
to the next, so a tie between two reasons (say two compound parts) may name the other term. Answers
are compared byte for byte, but those with facets: their counts are compared as maps (their key
order is not part of the answer).
"""
import itertools, json, random, sys, urllib.parse, urllib.request

import searchqueries

port_a, port_b = sys.argv[1], sys.argv[2]
per_kind = int(sys.argv[3]) if len(sys.argv) > 3 else 100


def get(port, query):
    return urllib.request.urlopen('http://127.0.0.1:%s/api/persons?%s' % (port, query)).read()


rows = searchqueries.register_rows(port_a)


def typo(q):
    i = random.randrange(max(1, len(q) - 1))
    return q[:i] + q[i + 1:i + 2] + q[i:i + 1] + q[i + 2:]


random.seed(14)
queries = []
for kind, make in searchqueries.KINDS.items():
    for q in itertools.islice(searchqueries.draw(rows, make), per_kind):
        e = urllib.parse.quote(q)
        queries += ['q=' + e, 'q=%s&offset=20' % e, 'q=%s&sex=m' % e,
                    'q=' + urllib.parse.quote(typo(q)), 'q=%s&facets=true' % e]
queries += ['q=' + urllib.parse.quote(r['records'][0]['key']) for r in rows[:200]
            if r['records'] and r['records'][0].get('key')]


def same(q):
    a, b = get(port_a, q), get(port_b, q)
    # Facet counts come from a map whose key order varies between JVMs: compared as maps.
    return json.loads(a) == json.loads(b) if 'facets=true' in q else a == b


differ = [q for q in queries if not same(q)]
print('%d queries compared, %d differ' % (len(queries), len(differ)))
for q in differ[:20]:
    print('differs:', urllib.parse.unquote(q))
sys.exit(1 if differ else 0)
