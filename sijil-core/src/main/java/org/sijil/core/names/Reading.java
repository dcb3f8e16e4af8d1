package org.sijil.core.names;

import java.util.Set;

/**
 * One candidate reading of a name or token: the normalized text, how much it is trusted (1.0 for
 * the name as written and for repairs whose damage is certain, {@link Repairs#SPECULATIVE} for a
 * repair that might undo a correct spelling, e.g. {@code صالح} read as {@code صلاح}), and the
 * repairs that produced it. Readings never replace the stored value.
 */
public record Reading(String text, double confidence, Set<Damage> repairs) {

  public Reading {
    if (text == null) {
      throw new IllegalArgumentException("reading text must not be null");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("reading confidence must be in (0,1], got " + confidence);
    }
    repairs = Set.copyOf(repairs);
  }

  public boolean repaired() {
    return !repairs.isEmpty();
  }
}
