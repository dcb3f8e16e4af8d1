package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate pairs of all blocking rules, in work units of bounded size. With {@code exclusive}
 * enumeration a pair is produced only by the first rule that finds it, so the union is compared
 * once, without a set of seen pairs: a later rule skips any pair that agrees on an earlier rule's
 * key (and, in a windowed group, is in that rule's window: see {@link BlockIndex}).
 */
final class Candidates {

  /** Target pairs per work unit: big enough to amortize, small enough to balance threads. */
  static final long UNIT_PAIRS = 200_000;

  final RecordTable table;
  final BlockIndex[] rules;
  final List<Unit> units = new ArrayList<>();

  /** Groups [groupFrom, groupTo) of rule r; outer positions limited when one group is split. */
  record Unit(int rule, int groupFrom, int groupTo, int outerFrom, int outerTo) {}

  Candidates(RecordTable table, BlockIndex[] rules) {
    this.table = table;
    this.rules = rules;
    boolean link = table.isLink();
    for (int r = 0; r < rules.length; r++) {
      BlockIndex bi = rules[r];
      int from = 0;
      long acc = 0;
      for (int g = 0; g < bi.groups(); g++) {
        int outerStart = bi.groupStart[g];
        int outerEnd = bi.outerEnd(g, link);
        long gp = bi.pairs(g, outerStart, outerEnd, link);
        if (gp > UNIT_PAIRS) {
          if (from < g) {
            units.add(new Unit(r, from, g, -1, -1));
          }
          int o = outerStart;
          while (o < outerEnd) {
            int end = o;
            long p = 0;
            while (end < outerEnd && p < UNIT_PAIRS) {
              p += bi.pairs(g, end, end + 1, link);
              end++;
            }
            units.add(new Unit(r, g, g + 1, o, end));
            o = end;
          }
          from = g + 1;
          acc = 0;
          continue;
        }
        acc += gp;
        if (acc >= UNIT_PAIRS) {
          units.add(new Unit(r, from, g + 1, -1, -1));
          from = g + 1;
          acc = 0;
        }
      }
      if (from < bi.groups()) {
        units.add(new Unit(r, from, bi.groups(), -1, -1));
      }
    }
  }

  /** Enumerates a unit's pairs; exclusive skips pairs an earlier rule also produces. */
  void forEach(Unit u, boolean exclusive, PairSink sink) {
    BlockIndex bi = rules[u.rule()];
    int[] order = bi.order;
    boolean link = table.isLink();
    int earlier = exclusive ? u.rule() : 0;
    for (int g = u.groupFrom(); g < u.groupTo(); g++) {
      int s = bi.groupStart[g];
      int e = bi.groupStart[g + 1];
      int outerFrom = u.outerFrom() < 0 ? s : u.outerFrom();
      int outerTo = u.outerFrom() < 0 ? bi.outerEnd(g, link) : u.outerTo();
      if (bi.windowed[g]) {
        bi.forEachWindowed(
            g,
            outerFrom,
            outerTo,
            link,
            (a, b) -> {
              if (!sharedEarlier(a, b, earlier)) {
                sink.pair(a, b);
              }
            });
        continue;
      }
      for (int i = outerFrom; i < outerTo; i++) {
        int a = order[i];
        for (int j = link ? bi.groupSplit[g] : i + 1; j < e; j++) {
          int b = order[j];
          if (!sharedEarlier(a, b, earlier)) {
            sink.pair(a, b);
          }
        }
      }
    }
  }

  private boolean sharedEarlier(int a, int b, int earlier) {
    for (int r = 0; r < earlier; r++) {
      if (rules[r].pairs(a, b)) {
        return true;
      }
    }
    return false;
  }

  long pairs(int rule) {
    return rules[rule].pairs;
  }
}
