#!/usr/bin/env python3
"""CPU seconds of a running JVM by thread group (request threads, GC, JIT, others) from /proc.

Usage: docs/bench/thread-cpu.py PID  (run before and after a load; subtract: session 14 used it
around wrk to see how much of the server's CPU was still the JIT compiler).
The groups sum the threads alive now; "ended" is the process's CPU (which keeps what ended threads
used) minus that sum: the JVM stops idle compiler threads beyond its minimum (e.g. with
-XX:CICompilerCount=4), and their CPU leaves the "jit" group for "ended" (session 15)."""
import os, sys, collections
pid = sys.argv[1]
hz = os.sysconf('SC_CLK_TCK')
out = collections.Counter()
for t in os.listdir(f'/proc/{pid}/task'):
    try:
        comm = open(f'/proc/{pid}/task/{t}/comm').read().strip()
        st = open(f'/proc/{pid}/task/{t}/stat').read().rsplit(')', 1)[1].split()
    except OSError:
        continue
    cpu = (int(st[11]) + int(st[12])) / hz
    g = 'gc' if ('GC' in comm or 'G1' in comm) else 'jit' if 'Compiler' in comm else 'jetty/req' if ('qtp' in comm or 'Javalin' in comm or 'JettyServer' in comm) else comm
    out[g] += cpu
proc = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
out['ended'] = (int(proc[11]) + int(proc[12])) / hz - sum(out.values())
for k, v in sorted(out.items(), key=lambda kv: -kv[1]):
    print(f'{k}\t{v:.2f}')
