#!/usr/bin/env python3
"""Splits a JFR recording of a search server into parts of a request (issue 14, h-http).

Usage: docs/bench/jfr-split.py RECORDING.jfr [TOP]
Reads jdk.ExecutionSample (CPU samples) and jdk.ObjectAllocationSample (bytes allocated, by the
samples' weights) of the request threads (Jetty's qtp*) and puts each sample in the first part
whose marker its stack holds, looked for from the thread's start (outermost frame) inwards:
  search  - org.sijil.search.Searching.page (Lucene queries, re-ranking, reasons, hit keys)
  lucene  - other Lucene frames (term lookups outside a page, e.g. suggestions)
  json    - Jackson writing the answer
  handler - the server's own code (the search handler, the register's person look-ups, params)
  javalin - Javalin's routing, before handlers, context and result writing
  jetty   - the rest (Jetty's connection, parsing, selectors, thread pool)
The innermost part found wins: a stack through Javalin into the handler into Searching counts as
search. Then prints the TOP frames (innermost, self) by samples and by bytes.
"""
import collections, sys

from jfrevents import frames
import jfrevents

rec = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
PARTS = [  # innermost first: the first that matches any frame wins
    ('search', lambda m: m.startswith('org.sijil.search.Searching.page')),
    ('lucene', lambda m: m.startswith('org.apache.lucene.')),
    ('json', lambda m: m.startswith('com.fasterxml.jackson.')),
    ('handler', lambda m: m.startswith('org.sijil.')),
    ('javalin', lambda m: m.startswith('io.javalin.')),
]


def events(kind):
    return jfrevents.events(rec, kind)


def part(fs):
    for name, test in PARTS:
        if any(test(f) for f in fs):
            return name
    return 'jetty'


def thread(e):
    t = e['values'].get('sampledThread') or e['values'].get('eventThread') or {}
    return t.get('javaName') or t.get('osName') or '?'


for kind, weight in (('jdk.ExecutionSample', None), ('jdk.ObjectAllocationSample', 'weight')):
    parts, selfs, total = collections.Counter(), collections.Counter(), 0
    for e in events(kind):
        if not thread(e).startswith(('qtp', 'JettyServerThreadPool')):
            continue
        fs = frames(e)
        w = e['values'][weight] if weight else 1
        total += w
        parts[part(fs)] += w
        if fs:
            selfs[fs[0]] += w
    unit = 'bytes' if weight else 'samples'
    print('== %s: %s %s on request threads' % (kind, format(total, ','), unit))
    for name, w in parts.most_common():
        print('  %-8s %6.1f %%' % (name, 100.0 * w / max(total, 1)))
    for f, w in selfs.most_common(top):
        print('    %6.1f %%  %s' % (100.0 * w / max(total, 1), f))
