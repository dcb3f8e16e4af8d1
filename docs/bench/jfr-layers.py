#!/usr/bin/env python3
"""Splits a search recording's CPU and allocation samples by layer of a page (issue 14 item 4).

Usage: docs/bench/jfr-layers.py RECORDING.jfr [THREAD]
Without THREAD: the request threads of a server (Jetty's qtp*); with it, the thread of that name
(`main` for SearchLoop). Each sample goes to the first layer below whose marker one of its frames
starts with, so a stack through the handler into Searching.ranked counts as the walk. Unlike
jfr-split.py (which stops at Searching.page), this splits the page itself: the walk (the run
query and the wide count), building the queries, the re-ranking, the reasons, the hit keys.
"""
import collections, sys

import jfrevents
from jfrevents import frames

LAYERS = [
    ('walk: run query and collect (Searching.ranked)', 'org.sijil.search.Searching.ranked'),
    ('walk: wide count (LimitedCount)', 'org.sijil.search.LimitedCount'),
    ('re-ranking (Rescorer)', 'org.sijil.search.Rescorer'),
    ('reasons (HitReasons, HitTerms)', 'org.sijil.search.HitReasons'),
    ('hit keys (HitKeys)', 'org.sijil.search.HitKeys'),
    ('building queries (Queries, NameTerms, PageTerms)', 'org.sijil.search.Queries'),
    ('building queries (Queries, NameTerms, PageTerms)', 'org.sijil.search.NameTerms'),
    ('building queries (Queries, NameTerms, PageTerms)', 'org.sijil.search.PageTerms'),
    ('suggestions', 'org.sijil.search.Suggestions'),
    ('rest of the page', 'org.sijil.search.Searching.page'),
    ('json (SearchAnswer)', 'org.sijil.server.web.SearchAnswer'),
    ('handler and bench code', 'org.sijil.'),
    ('javalin', 'io.javalin.'),
    ('jetty and the rest', ''),
]


def layer(fs):
    for name, mark in LAYERS:
        if any(f.startswith(mark) for f in fs):
            return name


def wanted(event, thread):
    t = event['values'].get('sampledThread') or event['values'].get('eventThread') or {}
    name = t.get('javaName') or t.get('osName') or ''
    return name == thread if thread else name.startswith('qtp')


def main():
    rec = sys.argv[1]
    thread = sys.argv[2] if len(sys.argv) > 2 else None
    for kind, weight in (('jdk.ExecutionSample', None), ('jdk.ObjectAllocationSample', 'weight')):
        parts, total = collections.Counter(), 0
        for e in jfrevents.events(rec, kind):
            if wanted(e, thread):
                w = e['values'].get(weight, 1) if weight else 1
                parts[layer(frames(e))] += w
                total += w
        print(f'== {kind}: {total:,} ({"samples" if weight is None else "bytes"})')
        for name, w in parts.most_common():
            print(f'  {100 * w / max(total, 1):5.1f} %  {name}')


if __name__ == '__main__':
    main()
