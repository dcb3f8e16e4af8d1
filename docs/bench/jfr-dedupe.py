#!/usr/bin/env python3
"""Splits a JFR recording of `bench dedupe` into its phases and training's steps (issue 19, h-fit).

Usage: docs/bench/jfr-dedupe.py RECORDING.jfr BENCH_OUTPUT [TOP]
The phases are time windows: the bench's own table (BENCH_OUTPUT, its "seconds" column) laid end to
end from the first CPU sample with the file reader on its stack. (A worker's stack often lacks the
phase's frame, and JFR's inlined frames can name a method of another phase, so stacks do not say
the phase.) Inside training, a sample goes to the first step whose marker its stack holds. Per
phase or step it prints the Java CPU samples (jdk.ExecutionSample), the wall span and the busy
threads (samples x period / span: 2.0 means both cores all through; under load, less than the
threads' own share), then the TOP innermost frames (self) of each.
"""
import collections, datetime, re, sys

from jfrevents import frames
import jfrevents

rec, log = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 8
PERIOD = 0.010  # settings=profile samples Java threads every 10 ms
TRAIN_STEPS = [
    ('train: u random pairs', ('UEstimator.draw', 'UEstimator.patternsChunk')),
    ('train: u EM (nonMatchU)', ('UEstimator.nonMatchU',)),
    ('train: rule/union samples', ('TrainingSample.count', 'TrainingSample.lambda$count')),
    ('train: EM', ('Em.fit',)),
]


def events(kind):
    return jfrevents.events(rec, kind)


def ts(s):
    return datetime.datetime.fromisoformat(s.replace('Z', '+00:00')).timestamp()


phases = []
for line in open(log):
    m = re.match(r'^(read|features\+blocking|train|score|cluster|write)\s+([0-9.]+)\s', line)
    if m:
        phases.append((m.group(1), float(m.group(2))))
all_samples = []
for e in events('jdk.ExecutionSample'):
    t = e['values']['sampledThread']
    all_samples.append((ts(e['values']['startTime']), t.get('javaName') or t.get('osName'), frames(e)))
start = min(x[0] for x in all_samples if any('ListFile.read' in f for f in x[2]))
bounds, t0 = [], start
for name, secs in phases:
    bounds.append((name, t0, t0 + secs))
    t0 += secs


def phase_of(t):
    for name, lo, hi in bounds:
        if lo <= t < hi:
            return name
    return 'outside the phases'


groups = collections.defaultdict(list)
for x in all_samples:
    p = phase_of(x[0])
    groups[p].append(x)
    if p == 'train':
        step = 'train: other (decode, marginals, scheduling)'
        for name, markers in TRAIN_STEPS:
            if any(any(mk in f for mk in markers) for f in x[2]):
                step = name
                break
        groups[step].append(x)
print('%-46s %8s %8s %6s' % ('phase / step', 'samples', 'span s', 'busy'))
order = [b[0] for b in bounds] + [n for n, _ in TRAIN_STEPS] + [
    'train: other (decode, marginals, scheduling)', 'outside the phases']
for name in order:
    s = groups.get(name)
    if not s:
        continue
    times = [x[0] for x in s]
    span = max(times) - min(times) if len(times) > 1 else 0
    print('%-46s %8d %8.1f %6.2f' % (name, len(s), span, len(s) * PERIOD / span if span else 0))
for name in order:
    s = groups.get(name)
    if not s:
        continue
    c = collections.Counter(x[2][0] if x[2] else '?' for x in s)
    print('\n== %s: top frames (self)' % name)
    for f, n in c.most_common(top):
        print('  %6d  %s' % (n, f))
