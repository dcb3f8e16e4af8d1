#!/usr/bin/env python3
"""Whether a search server's slow answers are its pages or its machine (issue 14 item 4).

Usage: docs/bench/search-sequential.py PORT [ROUNDS [SLOW_MS]]   (defaults 3 and 15)
Asks a warm server (e.g. after search-1m.sh's warm-up) the 4,000 paths of search-lua.py's mix
(searchqueries.py, seed 14), one at a time on one connection, ROUNDS times over, and prints the
percentiles of the answers' wall times and the paths that took more than SLOW_MS in some round.
With one request at a time nothing queues, so a page's time is its cost. A path slow in every round
is a heavy page; a path slow in one round and fast in the others (a one-token page that usually
takes 0.1 ms of CPU answering in 40 ms) was held up by something outside the page: a collection,
a compilation, or the machine not running the server's thread. docs/benchmarks.md, "Quiet figures
in session 26", read this on a VM whose scheduler held threads up for 20-140 ms.
"""
import http.client, random, sys, time

import searchqueries


def timed(conn, path):
    """The wall time of one answer, in ms, its body read whole."""
    start = time.perf_counter()
    conn.request('GET', path)
    conn.getresponse().read()
    return (time.perf_counter() - start) * 1000


def percentile(sorted_ms, share):
    return sorted_ms[min(len(sorted_ms) - 1, int(len(sorted_ms) * share))]


def main():
    port = int(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    slow_ms = float(sys.argv[3]) if len(sys.argv) > 3 else 15.0
    rows = searchqueries.register_rows(port)
    random.seed(14)
    paths = [searchqueries.search_path(q) for q in searchqueries.mix(rows, 4000, 'mix')]
    conn = http.client.HTTPConnection('127.0.0.1', port)
    times = [[timed(conn, p) for p in paths] for _ in range(rounds)]
    every = sorted(ms for one_round in times for ms in one_round)
    print('%d answers, one at a time: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f ms' % (
        len(every), percentile(every, .5), percentile(every, .9), percentile(every, .99), every[-1]))
    by_path = list(zip(paths, zip(*times)))
    slow = [(p, ms) for p, ms in by_path if max(ms) > slow_ms]
    always = [(p, ms) for p, ms in slow if min(ms) > slow_ms]
    print('answers above %.0f ms: %d; paths above it in some round: %d, in every round: %d' % (
        slow_ms, sum(1 for ms in every if ms > slow_ms), len(slow), len(always)))
    for p, ms in sorted(slow, key=lambda x: -min(x[1]))[:20]:
        print('  ' + ' '.join('%6.1f' % x for x in ms) + '  ' + p)


if __name__ == '__main__':
    main()
