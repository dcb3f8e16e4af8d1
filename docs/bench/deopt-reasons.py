#!/usr/bin/env python3
"""Counts a JVM's deoptimizations and recompilations from its compilation log (session 15, h-jit).

Usage: docs/bench/deopt-reasons.py LOG [FROM_S [TO_S]] [--top=N]
LOG is what `-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=LOG` writes (complete
once the JVM has exited; stop it with SIGTERM). FROM_S and TO_S keep the events whose stamp (seconds
since the JVM started, as `jcmd PID VM.uptime` prints) lies between them: e.g. the 30 s measured
after a 100 s warm-up. Prints, most frequent first:
  - uncommon traps hit at run time (the compiled code met a case it had not been compiled for), by
    reason and action, then by method, bci and reason (the innermost frame: where the trap is);
  - the same traps by the compiled method (nmethod) that hit them: the code thrown away;
  - nmethods made not entrant: all tiers (tiers 1-3 are replaced by tier 4 as a matter of course)
    and tier 4 (C2 code thrown away after a trap), by method;
  - compilations finished (nmethods), by tier; how long C2's tasks waited from queued to compiled
    (a starved compiler thread leaves hot methods in slower code for minutes); the methods C2
    compiled most often;
  - other deoptimizations the log names: `deoptimized` (reason `constraint`: mostly a frame of C1
    code sent to the interpreter to enter a C2 on-stack-replacement version of its loop, which
    happens at every call while the method's own C2 code is not ready) and `dependency_failed`
    (class loading broke an assumption).
"""
import collections
import re
import sys

ATTR = re.compile(r"(\w+)='([^']*)'")


def attrs(line):
    return dict(ATTR.findall(line))


def in_window(a, lo, hi):
    stamp = float(a.get('stamp', '0'))
    return lo <= stamp <= hi


def short(method):
    """'java/util/TimSort mergeLo (IIII)V' -> 'java.util.TimSort::mergeLo'."""
    parts = method.split(' ')
    return parts[0].replace('/', '.') + ('::' + parts[1] if len(parts) > 1 else '')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    top = int(next((a.split('=')[1] for a in sys.argv[1:] if a.startswith('--top=')), 25))
    path = args[0]
    lo = float(args[1]) if len(args) > 1 else 0.0
    hi = float(args[2]) if len(args) > 2 else float('inf')
    methods = {}  # compile_id -> method, from task_queued and nmethod
    levels = {}
    traps_by_reason = collections.Counter()
    traps_by_site = collections.Counter()
    traps_by_nmethod = collections.Counter()
    not_entrant = collections.Counter()
    compiled_by_level = collections.Counter()
    compiled_methods = collections.Counter()
    other = collections.Counter()
    queued = {}  # compile_id -> stamp, of the tasks queued for C2 (tier 4)
    waits = []  # seconds from queued to compiled, C2 tasks finished in the window
    trap = None  # the runtime uncommon_trap whose first <jvms> frame is awaited
    last_stamp = 0.0
    with open(path, errors='replace') as f:
        for line in f:
            line = line.strip()
            if line.startswith('<task_queued') or line.startswith('<nmethod'):
                a = attrs(line)
                if 'compile_id' in a and 'method' in a:
                    methods[a['compile_id']] = a['method']
                    levels[a['compile_id']] = a.get('level', a.get('compiler', '?'))
                if line.startswith('<task_queued') and a.get('level', '4') == '4':
                    queued[a.get('compile_id')] = float(a.get('stamp', '0'))
                if (
                    line.startswith('<nmethod')
                    and a.get('level') == '4'
                    and a.get('compile_id') in queued
                    and 'stamp' in a
                    and in_window(a, lo, hi)
                ):
                    waits.append(float(a.get('stamp', '0')) - queued[a['compile_id']])
                if line.startswith('<nmethod') and in_window(a, lo, hi):
                    compiled_by_level['tier ' + a.get('level', '4 (c2)')] += 1
                    if a.get('level', '4') == '4':
                        compiled_methods[short(a.get('method', '?'))] += 1
            elif line.startswith('<uncommon_trap') and "thread='" in line:
                # The run-time event (a trap compiled into code has no thread and no stamp).
                a = attrs(line)
                trap = a if in_window(a, lo, hi) else None
                if trap is not None:
                    traps_by_reason[(a.get('reason', '?'), a.get('action', '?'))] += 1
                    cid = a.get('compile_id', '?')
                    traps_by_nmethod[(short(methods.get(cid, '#' + cid)), a.get('level', '?'))] += 1
                    if line.endswith('/>'):
                        trap = None
            elif line.startswith('<jvms') and trap is not None:
                a = attrs(line)
                site = (short(a.get('method', '?')), a.get('bci', '?'), trap.get('reason', '?'))
                traps_by_site[site] += 1
                trap = None
            elif line.startswith('<make_not_entrant'):
                a = attrs(line)
                if in_window(a, lo, hi):
                    cid = a.get('compile_id', '?')
                    not_entrant[(short(methods.get(cid, '#' + cid)), a.get('level', '?'))] += 1
            elif line.startswith('<deoptimized') or line.startswith('<dependency_failed'):
                # These carry no stamp: the last stamp logged before them dates them.
                a = attrs(line)
                if lo <= last_stamp <= hi:
                    other[(line.split(' ')[0][1:], a.get('reason', a.get('type', '?')))] += 1
            if "stamp='" in line and not line.startswith('<deoptimized'):
                last_stamp = float(attrs(line).get('stamp', last_stamp))
    window = f'{lo:g}-{hi:g} s' if hi != float('inf') else f'from {lo:g} s'
    print(f'# {path}, stamps {window}')
    print(f'\n## uncommon traps hit: {sum(traps_by_reason.values())}, by reason and action')
    for (reason, action), n in traps_by_reason.most_common():
        print(f'{n:6d}  {reason:24s} {action}')
    print(f'\n## uncommon traps by method, bci, reason (top {top})')
    for (method, bci, reason), n in traps_by_site.most_common(top):
        print(f'{n:6d}  {method} @{bci}  {reason}')
    print(f'\n## uncommon traps by the compiled method that hit them (top {top})')
    for (method, level), n in traps_by_nmethod.most_common(top):
        print(f'{n:6d}  {method}  (tier {level})')
    # A tier 1-3 nmethod is made not entrant when its tier 4 replacement is ready: the normal
    # course of tiered compilation, not a deoptimization. Tier 4 ones are thrown away code.
    c2 = collections.Counter({k: n for k, n in not_entrant.items() if k[1] == '4'})
    print(f'\n## made not entrant: {sum(not_entrant.values())}, of which tier 4 (C2 code thrown'
          f' away): {sum(c2.values())}; tier 4 by method (top {top})')
    for (method, level), n in c2.most_common(top):
        print(f'{n:6d}  {method}')
    print(f'\n## compilations finished: {sum(compiled_by_level.values())}')
    for level, n in sorted(compiled_by_level.items()):
        print(f'{n:6d}  {level}')
    if waits:
        waits.sort()
        mid, p90 = waits[len(waits) // 2], waits[int(len(waits) * 0.9)]
        print(f'\n## C2 queue: {len(waits)} tasks done, waited median {mid:.1f} s, p90 {p90:.1f} s,'
              f' max {waits[-1]:.1f} s (from queued to compiled)')
    print(f'\n## methods compiled by C2 (tier 4) most often (top {top})')
    for method, n in compiled_methods.most_common(top):
        print(f'{n:6d}  {method}')
    if other:
        print('\n## other deoptimizations')
        for (kind, reason), n in other.most_common():
            print(f'{n:6d}  {kind} {reason}')


if __name__ == '__main__':
    main()
