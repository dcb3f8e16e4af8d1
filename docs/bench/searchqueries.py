"""Search queries drawn from a register's own persons, shared by the search benchmarks (issue 14).

search-kinds.py, search-http.py, search-same-pages.py and search-lua.py (and through it
search-1m.sh) all ask the same questions of a running server, so that their figures can be put side
by side: the register's persons are read from the API's first 20,000-odd hits, and queries are made
from their names with Python's `random` seeded by the caller (14 everywhere). The draws consume the
random generator exactly as each script did when it had its own copy, so the queries are the same
ones as in the figures already written down in docs/benchmarks.md.
"""
import itertools, json, random, urllib.parse, urllib.request

# A kind of query: how a person's Arabic and Latin name tokens become the text typed, or None when
# the name does not allow it (no grandfather to leave out).
KINDS = {
    'full-ar': lambda ar, en: ' '.join(ar),
    'full-en': lambda ar, en: ' '.join(en),
    'no-grandfather-ar': lambda ar, en: ' '.join(ar[:2] + ar[3:]) if len(ar) >= 4 else None,
    'given-family-ar': lambda ar, en: ar[0] + ' ' + ar[-1],
    'given-family-en': lambda ar, en: en[0] + ' ' + en[-1],
    'given-ar': lambda ar, en: ar[0],
    'given-en': lambda ar, en: en[0],
}


def register_rows(port):
    """The persons of 20 pages of 1,000, 50,000 apart, from the server's /api/persons."""
    base = 'http://127.0.0.1:%s/api/persons' % port
    rows = []
    for k in range(20):
        page = urllib.request.urlopen('%s?limit=1000&offset=%d' % (base, k * 50000))
        rows += json.load(page)['hits']
    return rows


def tokens(row):
    return (row['name_ar'] or '').split(), (row['name_en'] or '').split()


def draw(rows, make):
    """Endless queries of one kind: a random person at a time, skipped when it has no name in
    either script or the kind does not apply. Lazy, so a caller may draw from `random` in between
    (search-same-pages.py's typos) exactly as before."""
    while True:
        ar, en = tokens(random.choice(rows))
        if ar and en:
            q = make(ar, en)
            if q:
                yield q


def by_kind(rows, count):
    """`count` queries of each kind, drawn one kind after the other in KINDS' order."""
    return {kind: list(itertools.islice(draw(rows, make), count)) for kind, make in KINDS.items()}


def mix(rows, count, which='mix'):
    """search-1m.sh's load: `count` queries, each kind by its share of the mix (full Arabic 25 %,
    full Latin 15 %, grandfather missing 15 %, given + family 15 % Arabic and 10 % Latin, given
    name alone 10 % in each script); "one-token" keeps only the given name, half in each script."""
    out = []
    while len(out) < count:
        ar, en = tokens(random.choice(rows))
        k = random.random()
        if not ar or not en:
            continue
        if which == 'one-token':
            q = ar[0] if k < 0.5 else en[0]
        elif k < 0.25: q = ' '.join(ar)
        elif k < 0.40: q = ' '.join(en)
        elif k < 0.55 and len(ar) >= 4: q = ' '.join(ar[:2] + ar[3:])
        elif k < 0.70: q = ar[0] + ' ' + ar[-1]
        elif k < 0.80: q = en[0] + ' ' + en[-1]
        elif k < 0.90: q = ar[0]
        else: q = en[0]
        out.append(q)
    return out


def search_path(query):
    return '/api/persons?q=' + urllib.parse.quote(query)
