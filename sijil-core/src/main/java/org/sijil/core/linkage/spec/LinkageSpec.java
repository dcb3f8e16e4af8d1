package org.sijil.core.linkage.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A linkage model's specification as data: which fields are compared how, how candidate pairs are
 * found, and how training runs. Saved and loaded as one JSON document ({@code LinkageJson}); the
 * fitted parameters live separately in a {@code LinkageModel}.
 */
public record LinkageSpec(
    String name,
    List<ComparisonSpec> comparisons,
    List<BlockingRuleSpec> blocking,
    TrainingSpec training) {

  public LinkageSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("spec name must not be blank");
    }
    comparisons = List.copyOf(comparisons);
    blocking = List.copyOf(blocking);
    if (comparisons.isEmpty()) {
      throw new IllegalArgumentException(
          "spec " + name + ": no comparisons (were all fields excluded?)");
    }
    if (comparisons.size() > 16) {
      throw new IllegalArgumentException(
          "spec " + name + ": at most 16 comparisons, got " + comparisons.size());
    }
    if (blocking.isEmpty()) {
      throw new IllegalArgumentException(
          "spec " + name + ": no blocking rules (were all their fields excluded?)");
    }
    Set<String> names = new HashSet<>();
    for (ComparisonSpec c : comparisons) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("spec " + name + ": duplicate comparison " + c.name());
      }
    }
    Set<String> rules = new HashSet<>();
    for (BlockingRuleSpec r : blocking) {
      if (!rules.add(r.name())) {
        throw new IllegalArgumentException(
            "spec " + name + ": duplicate blocking rule " + r.name());
      }
    }
    if (training == null) {
      training = TrainingSpec.defaults();
    }
  }

  /** This spec without any comparison or blocking rule on the given fields (case-insensitive). */
  public LinkageSpec without(Set<String> fields) {
    Set<String> lower = new HashSet<>();
    for (String f : fields) {
      lower.add(f.toLowerCase(Locale.ROOT));
    }
    List<ComparisonSpec> cs = new ArrayList<>();
    for (ComparisonSpec c : comparisons) {
      String f = c.field().toLowerCase(Locale.ROOT);
      if (!lower.contains(f) && !lower.contains(BlockingRuleSpec.fieldOf(f))) {
        cs.add(c);
      }
    }
    List<BlockingRuleSpec> bs = new ArrayList<>();
    for (BlockingRuleSpec r : blocking) {
      boolean keep = true;
      for (String k : r.keys()) {
        keep &= !lower.contains(BlockingRuleSpec.fieldOf(k).toLowerCase(Locale.ROOT));
      }
      if (keep) {
        bs.add(r);
      }
    }
    return new LinkageSpec(name, cs, bs, training);
  }

  /** This spec keeping only comparisons and rules whose fields satisfy {@code present}. */
  public LinkageSpec onlyFields(java.util.function.Predicate<String> present) {
    Set<String> absent = new HashSet<>();
    for (ComparisonSpec c : comparisons) {
      if (!present.test(c.field())) {
        absent.add(c.field());
      }
    }
    for (BlockingRuleSpec r : blocking) {
      for (String k : r.keys()) {
        if (!present.test(BlockingRuleSpec.fieldOf(k))) {
          absent.add(BlockingRuleSpec.fieldOf(k));
        }
      }
    }
    return absent.isEmpty() ? this : without(absent);
  }

  public LinkageSpec withTraining(TrainingSpec t) {
    return new LinkageSpec(name, comparisons, blocking, t);
  }

  public ComparisonSpec comparison(String comparisonName) {
    for (ComparisonSpec c : comparisons) {
      if (c.name().equals(comparisonName)) {
        return c;
      }
    }
    throw new IllegalArgumentException("spec " + name + " has no comparison " + comparisonName);
  }
}
