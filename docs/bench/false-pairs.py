#!/usr/bin/env python3
"""False-positive pairs of a dedupe run, classified (issue 19, session 11, h-prec).

usage: false-pairs.py SYNTH.csv CLUSTERS.csv [SAMPLE_OUT.tsv]

SYNTH.csv is a `sijil synth` file (true_person column), CLUSTERS.csv the `row,cluster` file that
`bench dedupe --out` writes (1-based data rows). Prints pairwise precision/recall and counts the
false pairs (same cluster, different true_person) by what the two records share.
"""
import csv, sys, collections, itertools, random

synth, clusters = sys.argv[1], sys.argv[2]
rows = []
with open(synth, newline='', encoding='utf-8') as f:
    r = csv.DictReader(f)
    for rec in r:
        rows.append(rec)
members = collections.defaultdict(list)
with open(clusters, newline='') as f:
    r = csv.reader(f); next(r)
    for row, cl in r:
        members[int(cl)].append(int(row) - 1)

truth_size = collections.Counter(rec['true_person'] for rec in rows)
true_pairs = sum(c * (c - 1) // 2 for c in truth_size.values())
name_count = collections.Counter(rec['name_ar'] for rec in rows)

def toks(s):
    return s.split()

def classify(a, b):
    k = []
    na, nb = a['name_ar'], b['name_ar']
    ta, tb = toks(na), toks(nb)
    if na and na == nb:
        k.append('ar_equal')
    elif len(ta) == len(tb) and sum(x != y for x, y in zip(ta, tb)) == 1:
        diff = [i for i, (x, y) in enumerate(zip(ta, tb)) if x != y][0]
        k.append('ar_one_token_%d' % diff)
    elif ta and tb and ta[-1] == tb[-1]:
        k.append('ar_same_family')
    else:
        k.append('ar_other')
    k.append('dod_same' if a['dod'] and a['dod'] == b['dod'] else ('dod_missing' if not a['dod'] or not b['dod'] else 'dod_diff'))
    if a['dob'] and b['dob']:
        k.append('dob_same' if a['dob'] == b['dob'] else 'dob_diff')
    else:
        k.append('dob_missing')
    if a['age'] and b['age']:
        k.append('age_same' if a['age'] == b['age'] else 'age_diff')
    else:
        k.append('age_missing')
    if a['id'] and b['id']:
        k.append('id_same' if a['id'] == b['id'] else 'id_diff')
    else:
        k.append('id_missing')
    k.append('place_same' if a['place'] == b['place'] else 'place_diff')
    k.append('tokens_equal_count' if len(ta) == len(tb) else 'tokens_count_differs')
    # synth numbers the persons of one event consecutively: close numbers are relatives
    pa, pb = int(a['true_person'][1:]), int(b['true_person'][1:])
    k.append('relatives' if abs(pa - pb) <= 40 else 'unrelated')
    return k

fp = 0; tp = 0
feat = collections.Counter(); combo = collections.Counter(); chained = 0
freq_bins = collections.Counter()
samples = []
for cl, idx in members.items():
    if len(idx) < 2:
        continue
    persons = collections.Counter(rows[i]['true_person'] for i in idx)
    if len(persons) > 2:
        chained += 1
    for i, j in itertools.combinations(idx, 2):
        a, b = rows[i], rows[j]
        if a['true_person'] == b['true_person']:
            tp += 1
            continue
        fp += 1
        k = classify(a, b)
        feat.update(k)
        combo[' '.join(x for x in k if x.split('_')[0] in ('ar', 'relatives', 'unrelated', 'tokens', 'dob', 'age'))] += 1
        if 'ar_equal' in k:
            c = name_count[a['name_ar']]
            freq_bins['count<=2' if c <= 2 else 'count<=5' if c <= 5 else 'count<=20' if c <= 20 else 'count>20'] += 1
        samples.append((i + 1, j + 1, k))
p = tp / max(1, tp + fp); rc = tp / max(1, true_pairs)
print('records %d clusters %d true pairs %d found %d false %d precision %.4f recall %.4f F1 %.4f' % (
    len(rows), len(members), true_pairs, tp, fp, p, rc, 2 * p * rc / max(1e-12, p + rc)))
print('clusters holding 3+ persons: %d' % chained)
print('false pairs by feature (a pair counts under each of its features):')
for k, v in sorted(feat.items()):
    print('  %-16s %7d  %5.1f%%' % (k, v, 100.0 * v / max(1, fp)))
print('equal Arabic names by how often the name occurs in the file:', dict(freq_bins))
print('most frequent combinations:')
for k, v in combo.most_common(25):
    print('  %7d  %s' % (v, k))
if len(sys.argv) > 3:
    random.seed(1)
    with open(sys.argv[3], 'w', encoding='utf-8') as w:
        for i, j, k in random.sample(samples, min(200, len(samples))):
            a, b = rows[i - 1], rows[j - 1]
            w.write('%d\t%d\t%s\n' % (i, j, ' '.join(k)))
            for rec in (a, b):
                w.write('\t' + '\t'.join(rec[c] for c in ('name_ar', 'name_en', 'age', 'dob', 'sex', 'dod', 'place', 'list', 'true_person', 'id')) + '\n')
