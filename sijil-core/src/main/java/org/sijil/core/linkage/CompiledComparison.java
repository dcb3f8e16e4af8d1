package org.sijil.core.linkage;

import java.util.List;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.LevelSpec;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;

/** A comparison bound to its feature column: assigns a pair its level. Stateless; thread-safe. */
final class CompiledComparison {

  final ComparisonSpec spec;
  final FeatureColumn column;
  private final TestKind[] kinds;
  private final double[] min;
  private final double[] max;

  /** The lowest similarity threshold of the levels: below it, the exact value does not matter. */
  private final double floor;

  CompiledComparison(ComparisonSpec spec, FeatureColumn column) {
    this.spec = spec;
    this.column = column;
    List<LevelSpec> levels = spec.levels();
    kinds = new TestKind[levels.size()];
    min = new double[levels.size()];
    max = new double[levels.size()];
    for (int i = 0; i < kinds.length; i++) {
      LevelSpec l = levels.get(i);
      kinds[i] = l.kind();
      if (!column.supports(kinds[i])) {
        throw new IllegalArgumentException(
            "comparison "
                + spec.name()
                + ", level "
                + l.label()
                + ": test "
                + kinds[i].key()
                + " is not available for type "
                + spec.type());
      }
      min[i] = l.min() == null ? Double.NaN : l.min();
      max[i] = l.max() == null ? Double.NaN : l.max();
    }
    double lowest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == TestKind.SIMILARITY) {
        lowest = Math.min(lowest, min[i]);
      }
    }
    floor = lowest;
  }

  int levels() {
    return kinds.length;
  }

  /** The pair's level: index into the spec's levels (0 = null). */
  int level(int a, int b, Scratch s) {
    FeatureColumn c = column;
    if (c.isNull(a) || c.isNull(b) || c.sameGroup(a, b)) {
      return 0;
    }
    double sim = Double.NaN;
    double diff = Double.NaN;
    for (int i = 1; i < kinds.length; i++) {
      switch (kinds[i]) {
        case EXACT:
          if (c.exact(a, b)) {
            return i;
          }
          break;
        case SIMILARITY:
          if (Double.isNaN(sim)) {
            sim = c.similarity(a, b, s, floor);
          }
          if (sim >= min[i]) {
            return i;
          }
          break;
        case WITHIN:
          if (Double.isNaN(diff)) {
            diff = c.difference(a, b);
          }
          if (diff <= max[i]) {
            return i;
          }
          break;
        case ELSE:
          return i;
        case NULL:
          break;
        default:
          if (c.special(kinds[i], a, b)) {
            return i;
          }
      }
    }
    return kinds.length - 1;
  }
}
