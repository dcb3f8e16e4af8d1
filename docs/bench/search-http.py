#!/usr/bin/env python3
"""Where a search request's server CPU goes, by kind of query and by thread (issue 14, h-http).

Usage: docs/bench/search-http.py PORT SERVER_PID [PER_KIND] [KINDS] [--fresh] [--path=PATH]
against a running SearchBench (or any sijil server). The queries are search-kinds.py's (seed 14,
drawn from the register's own persons); KINDS is a comma-separated subset of its kinds (default:
all). Unlike search-kinds.py the client keeps ONE connection open (HTTP/1.1 keep-alive, as wrk
does), so the figures leave out a TCP connection per request; --fresh opens a new connection per
request as search-kinds.py does, to see what that costs. --path=PATH sends PATH (e.g.
/api/releases) PER_KIND times instead of searches: the server's floor per request.

Each kind runs three rounds over the same PER_KIND queries (the first warms up the JIT); the last
round is printed. The server's threads' CPU (utime + stime of /proc/PID/task/*/stat) is taken
before and after and split by thread name: "req" = Jetty's request threads (qtp*), "gc" = the
collector's threads and the VM thread, "jit" = the compilers alive, "other" = the rest, with the
CPU of threads that ended (the JVM stops idle compiler threads beyond its minimum, e.g. with
-XX:CICompilerCount=4). Heap allocated per request is the growth of the JVM's per-thread
allocation counters (JFR's jdk.ThreadAllocationStatistics, taken at the start and end of a
recording around the last round; needs jcmd and jfr on the PATH), summed over all threads.

Against a server warmed by wrk, start and stop one JFR recording BEFORE the warm-up (`jcmd PID
JFR.start name=prime settings=FILE.jfc`, then `jcmd PID JFR.stop name=prime`): after a JVM's first
recording starts, its compilers work again as if much compiled code had been thrown away, and the
first kind measured pays for it (session 16, full-ar: 19.65 ms of request CPU and 63.9 ms of
compiler CPU per request unprimed, 3.70 and 0.20 primed).
"""
import http.client, json, os, random, subprocess, sys, tempfile

import searchqueries

args = [a for a in sys.argv[1:] if not a.startswith('--')]
flags = [a for a in sys.argv[1:] if a.startswith('--')]
port, pid = args[0], args[1]
per_kind = int(args[2]) if len(args) > 2 else 100
only = set(args[3].split(',')) if len(args) > 3 else set()
fresh = '--fresh' in flags
path = next((f.split('=', 1)[1] for f in flags if f.startswith('--path=')), None)
tick = os.sysconf('SC_CLK_TCK')
JFC = """<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ThreadAllocationStatistics"><setting name="enabled">true</setting>
    <setting name="period">everyChunk</setting></event>
</configuration>
"""


def group(name):
    if name.startswith('qtp') or name.startswith('JettyServerThr'):
        return 'req'
    if 'GC' in name or name.startswith('G1') or name == 'VM Thread':
        return 'gc'  # the VM thread runs the collections' pauses
    if name.startswith('C1 ') or name.startswith('C2 '):
        return 'jit'
    return 'other'


def threads_cpu():
    out = {'req': 0.0, 'gc': 0.0, 'jit': 0.0, 'other': 0.0}
    for tid in os.listdir('/proc/%s/task' % pid):
        try:
            stat = open('/proc/%s/task/%s/stat' % (pid, tid)).read()
        except OSError:
            continue  # a thread that ended
        name = stat[stat.index('(') + 1:stat.rindex(')')]
        f = stat.rsplit(')', 1)[1].split()
        out[group(name)] += (int(f[11]) + int(f[12])) / tick
    # The process's own figure keeps the CPU of threads that ended (the JVM stops idle compiler
    # threads beyond its minimum): counted as "other", so the total stays right.
    proc = open('/proc/%s/stat' % pid).read().rsplit(')', 1)[1].split()
    out['other'] += (int(proc[11]) + int(proc[12])) / tick - sum(out.values())
    return out


class Client:
    def __init__(self):
        self.conn = None

    def get(self, target):
        if self.conn is None or fresh:
            if self.conn is not None:
                self.conn.close()
            self.conn = http.client.HTTPConnection('127.0.0.1', int(port))
        self.conn.request('GET', target)
        r = self.conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise SystemExit('%s answered %d: %s' % (target, r.status, body[:200]))
        return body


client = Client()


def queries():
    rows = searchqueries.register_rows(port)
    random.seed(14)  # the same draws as search-kinds.py
    drawn = searchqueries.by_kind(rows, 2 * per_kind)
    return {k: [searchqueries.search_path(q) for q in v[:per_kind]]
            for k, v in drawn.items() if not only or k in only}


def jcmd(*words):
    subprocess.run(['jcmd', pid] + list(words), check=True, stdout=subprocess.DEVNULL)


def allocated(jfr_file):
    text = subprocess.run(['jfr', 'print', '--json', '--events', 'jdk.ThreadAllocationStatistics',
                           jfr_file], check=True, capture_output=True, text=True).stdout
    seen = {}
    for e in json.loads(text)['recording']['events']:
        v = e['values']
        tid = v['thread']['javaThreadId'] if v.get('thread') else None
        seen.setdefault(tid, []).append(v['allocated'])
    return sum(max(a) - min(a) for a in seen.values())


def measure(targets):
    with tempfile.TemporaryDirectory() as tmp:
        jfc, rec = os.path.join(tmp, 'alloc.jfc'), os.path.join(tmp, 'alloc.jfr')
        open(jfc, 'w').write(JFC)
        for _ in range(2):
            for t in targets:
                client.get(t)
        jcmd('JFR.start', 'name=h-http', 'settings=' + jfc)
        before = threads_cpu()
        for t in targets:
            client.get(t)
        after = threads_cpu()
        jcmd('JFR.stop', 'name=h-http', 'filename=' + rec)
        heap = allocated(rec)
    n = len(targets)
    cpu = {k: (after[k] - before[k]) * 1000 / n for k in after}
    return cpu, heap / n / 1024


work = {'floor ' + path: [path] * per_kind} if path else queries()
print('%-20s %8s %8s %8s %8s %8s %10s' % ('kind', 'cpu ms', 'req', 'gc', 'jit', 'other', 'heap KB'))
for kind, targets in work.items():
    cpu, kb = measure(targets)
    print('%-20s %8.2f %8.2f %8.2f %8.2f %8.2f %10.1f' % (
        kind, sum(cpu.values()), cpu['req'], cpu['gc'], cpu['jit'], cpu['other'], kb))
