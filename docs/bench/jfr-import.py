#!/usr/bin/env python3
"""CPU samples of an import's JFR recording split into parts (issue 13, session 21, h-copy).

Usage: docs/bench/jfr-import.py RECORDING.jfr [TOP]
Each jdk.ExecutionSample goes to the first part in PARTS whose marker a frame of its stack starts
with (the list is ordered so that the encoders and writers win over the code that called them);
prints the parts' shares, samples by thread, thread by part, and the TOP innermost frames.
"""
import collections, sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jfrevents
rec = sys.argv[1]
PARTS = [
    ('copy-binary', ('org.sijil.store.postgres.CopyBinary.',)),
    ('copy-text', ('org.sijil.store.postgres.CopyText.',)),
    ('copy-send', ('org.postgresql.',)),
    ('key-buckets', ('org.sijil.store.postgres.KeyBuckets.',)),
    ('cells-json', ('org.sijil.store.jdbc.CellsJson.',)),
    ('canonical/rows-log', ('org.sijil.app.integrity.', 'org.sijil.app.imports.RowsLog', 'org.sijil.ingest.CanonicalCsv')),
    ('row-parser', ('org.sijil.ingest.RowParser', 'org.sijil.app.imports.RowParser')),
    ('csv-read', ('org.apache.commons.csv.',)),
    ('store-writer', ('org.sijil.store.',)),
    ('app', ('org.sijil.',)),
]
samples = jfrevents.events(rec, 'jdk.ExecutionSample')
parts = collections.Counter(); threads = collections.Counter(); top = collections.Counter()
bythread = collections.Counter()
for e in samples:
    fs = jfrevents.frames(e)
    t = e['values'].get('sampledThread', {}).get('javaName') or '?'
    tn = t.split('-')[0] if t.startswith('sijil') or t.startswith('ForkJoin') else t
    threads[tn] += 1
    part = 'other'
    for name, markers in PARTS:
        if any(f.startswith(markers) for f in fs):
            part = name; break
    parts[part] += 1
    bythread[(tn, part)] += 1
    if fs: top[fs[0]] += 1
n = sum(parts.values())
print('samples', n)
for p, c in parts.most_common(): print('%-20s %6d %5.1f%%' % (p, c, 100 * c / n))
print('-- by thread'); [print('%-30s %6d' % (t, c)) for t, c in threads.most_common(12)]
print('-- thread x part'); [print('%-30s %-20s %6d' % (t, p, c)) for (t, p), c in bythread.most_common(25)]
print('-- top self frames'); [print('%6d %s' % (c, f)) for f, c in top.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 30)]
