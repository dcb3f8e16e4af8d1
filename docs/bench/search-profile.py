#!/usr/bin/env python3
"""CPU (or, with jdk.ObjectAllocationSample, heap) of a search server by part of the request path:
Jetty/Javalin, query, re-ranking, reasons, stored fields, view, JSON; the bench's own sorted listings
(search-kinds.py reads rows with them) are set apart.
Usage: search-profile.py RECORDING.jfr [EVENT [REQUESTS]]   (jfr print --json of EVENT)"""
import json, subprocess, sys, collections
EVENT = sys.argv[2] if len(sys.argv) > 2 else 'jdk.ExecutionSample'
REQUESTS = int(sys.argv[3]) if len(sys.argv) > 3 else 0
out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '200', '--events',
                      EVENT, sys.argv[1]], capture_output=True, text=True).stdout
events = json.loads(out)['recording']['events']
# First rule (in this order) with a matching frame anywhere in the stack names the part.
RULES = [
    ('(bench setup: listing)', ['FieldValueHitQueue', 'TopFieldCollector', 'MatchAllDocs']),
    ('reasons: createWeight', ['Searching.hits;IndexSearcher.createWeight', 'Searching.hits;IndexSearcher.rewrite']),
    ('stored fields', ['StoredFields', 'StoredFieldsReader', 'storedFields']),
    ('reasons', ['Searching.hits', 'Searching.reasons', 'NamedMatches', '.matches']),
    ('re-ranking', ['Rescorer.']),
    ('query: parse tokens', ['NameTerms.query', 'TokenOrder']),
    ('query: suggestions', ['Suggestions.']),
    ('query: lucene', ['Searching.', 'PersonSearch.']),
    ('view', ['ApiHandlers.summary', 'InMemoryRegister.', 'ShownPersons']),
    ('JSON', ['jackson', 'JavalinJackson', 'Context.json']),
    ('Jetty/Javalin', ['jetty', 'javalin']),
]
parts = collections.Counter(); tops = collections.defaultdict(collections.Counter)
for e in events:
    frames = e['values']['stackTrace']['frames'] if e['values']['stackTrace'] else []
    names = [f['method']['type']['name'] + '.' + f['method']['name'] for f in frames]
    part = 'other'
    for p, keys in RULES:
        joined = ';'.join(reversed([n.split('/')[-1] for n in names]))
        if any(k in n for n in names for k in keys) or any(k in joined for k in keys if ';' in k):
            part = p; break
    w = e['values'].get('weight', 1) if EVENT != 'jdk.ExecutionSample' else 1
    parts[part] += w
    if names: tops[part][names[0]] += w
n = sum(parts.values())
print('%d samples' % n)
if REQUESTS: print('per request, excluding the bench setup: %.0f KB' % ((n - parts['(bench setup: listing)']) / REQUESTS / 1024))
for p, c in parts.most_common():
    print('%-22s %5.1f %% %s top: %s' % (p, 100 * c / n, ('%7.1f KB/req' % (c / REQUESTS / 1024)) if REQUESTS else '', ', '.join('%s %d' % (k.split('.')[-2] + '.' + k.split('.')[-1], v) for k, v in tops[p].most_common(4))))
