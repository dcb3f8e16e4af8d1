package org.sijil.core.estimate;

import java.util.List;

/**
 * A per-person variable of a membership table: numeric (values as numbers) or categorical (values
 * are indexes into {@code levels}); NaN marks a missing value. Values are shared, not copied, by
 * the table that owns them: treat them as read-only.
 */
public record Variable(String name, Kind kind, List<String> levels, double[] values) {

  public enum Kind {
    NUMERIC,
    CATEGORICAL
  }

  public Variable {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("variable name is blank");
    }
    levels = List.copyOf(levels);
    if (kind == Kind.CATEGORICAL && levels.isEmpty()) {
      throw new IllegalArgumentException("categorical variable " + name + " has no levels");
    }
  }

  public boolean missing(int person) {
    return Double.isNaN(values[person]);
  }

  public int missingCount() {
    int c = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        c++;
      }
    }
    return c;
  }

  Variable withValues(double[] newValues) {
    return new Variable(name, kind, levels, newValues);
  }
}
