#!/usr/bin/env python3
"""Heap bytes allocated per search request from a JFR recording of a search-kinds.py run:
per-thread allocation counters (jdk.ThreadAllocationStatistics, every second) from the first
sample after the bench's listing requests (the last execution sample under a sorted listing) to
the end, summed over threads, divided by REQUESTS (the searches sent after the listing).
Usage: search-alloc.py RECORDING.jfr REQUESTS   (REQUESTS: 14 x PER_KIND for search-kinds.py)
The recording needs ThreadAllocationStatistics every second: a copy of the JDK's lib/jfr/profile.jfc
with that event's period set to "1 s", given to jcmd PID JFR.start settings=FILE."""
import json, subprocess, sys
def events(name, depth=64):
    out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', str(depth), '--events', name,
                          sys.argv[1]], capture_output=True, text=True).stdout
    return json.loads(out)['recording']['events']
listing_end = max(e['values']['startTime'] for e in events('jdk.ExecutionSample')
                  if e['values']['stackTrace'] and any('FieldValueHitQueue' in f['method']['type']['name']
                  or 'TopFieldCollector' in f['method']['type']['name'] for f in e['values']['stackTrace']['frames']))
first, last = {}, {}
for e in events('jdk.ThreadAllocationStatistics', 1):
    v = e['values']; t = v['startTime']; tid = (v['thread'] or {}).get('javaThreadId')
    if t < listing_end: continue
    first.setdefault(tid, v['allocated']); last[tid] = v['allocated']
total = sum(last[k] - first[k] for k in last)
print('after %s: %.1f MB allocated, %.0f KB per request' % (listing_end, total / 1e6, total / int(sys.argv[2]) / 1024))
