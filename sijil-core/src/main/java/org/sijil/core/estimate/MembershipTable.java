package org.sijil.core.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who is on which list, one row per person found on at least one list, with optional per-person
 * variables (age, sex, …) used for strata, covariates and imputation. This is what the estimators
 * take from a file reader or from the register; it holds no parsing.
 */
public final class MembershipTable {

  private final List<String> lists;
  private final int[] patterns;
  private final List<Variable> variables;

  MembershipTable(List<String> lists, int[] patterns, List<Variable> variables) {
    this.lists = List.copyOf(lists);
    this.patterns = patterns;
    this.variables = List.copyOf(variables);
  }

  public static Builder builder(List<String> lists) {
    return new Builder(lists);
  }

  public List<String> lists() {
    return lists;
  }

  public int k() {
    return lists.size();
  }

  public int size() {
    return patterns.length;
  }

  /** The capture pattern of a person: bit i set when on list i. */
  public int pattern(int person) {
    return patterns[person];
  }

  public List<Variable> variables() {
    return variables;
  }

  public Variable variable(String name) {
    for (Variable v : variables) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException("no variable '" + name + "'; known: " + variableNames());
  }

  public List<String> variableNames() {
    return variables.stream().map(Variable::name).toList();
  }

  /** The same people with some variables' values replaced (imputation). */
  MembershipTable withVariables(List<Variable> replaced) {
    return new MembershipTable(lists, patterns, replaced);
  }

  /** Counts by pattern over everyone (2^k entries, entry 0 zero). */
  public long[] patternCounts() {
    long[] c = new long[1 << k()];
    for (int p : patterns) {
      c[p]++;
    }
    return c;
  }

  /** Collects people; variables are declared up front, values given per person. */
  public static final class Builder {
    private final List<String> lists;
    private final Map<String, Variable.Kind> kinds = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> levels = new LinkedHashMap<>();
    private final List<double[]> columns = new ArrayList<>();
    private int[] patterns = new int[1024];
    private int size;

    Builder(List<String> lists) {
      Objects.requireNonNull(lists, "lists");
      if (lists.size() < CaptureTable.MIN_LISTS || lists.size() > CaptureTable.MAX_LISTS) {
        throw new IllegalArgumentException("need 2 to 6 lists, got " + lists.size() + ": " + lists);
      }
      if (lists.stream().distinct().count() != lists.size()) {
        throw new IllegalArgumentException("list names repeat: " + lists);
      }
      this.lists = List.copyOf(lists);
    }

    public Builder numeric(String name) {
      return declare(name, Variable.Kind.NUMERIC);
    }

    public Builder categorical(String name) {
      return declare(name, Variable.Kind.CATEGORICAL);
    }

    private Builder declare(String name, Variable.Kind kind) {
      if (size > 0) {
        throw new IllegalStateException("declare variables before adding people");
      }
      if (kinds.put(name, kind) != null) {
        throw new IllegalArgumentException("variable declared twice: " + name);
      }
      levels.put(name, new LinkedHashMap<>());
      columns.add(null);
      return this;
    }

    /**
     * Adds a person. {@code on[i]} tells whether the person is on list i; {@code values} follow the
     * declaration order: a Double (or null) for numeric, a String (or null/blank) for categorical.
     */
    public Builder add(boolean[] on, Object... values) {
      if (on.length != lists.size()) {
        throw new IllegalArgumentException(
            "person has " + on.length + " list flags for " + lists.size() + " lists");
      }
      if (values.length != kinds.size()) {
        throw new IllegalArgumentException(
            "person has " + values.length + " values for " + kinds.size() + " variables");
      }
      int pattern = 0;
      for (int i = 0; i < on.length; i++) {
        pattern |= on[i] ? 1 << i : 0;
      }
      if (pattern == 0) {
        throw new IllegalArgumentException("person " + (size + 1) + " is on no list");
      }
      if (size == patterns.length) {
        patterns = Arrays.copyOf(patterns, size * 2);
        for (int v = 0; v < columns.size(); v++) {
          columns.set(v, Arrays.copyOf(columns.get(v), size * 2));
        }
      }
      patterns[size] = pattern;
      int v = 0;
      for (Map.Entry<String, Variable.Kind> e : kinds.entrySet()) {
        if (columns.get(v) == null) {
          columns.set(v, new double[patterns.length]);
        }
        columns.get(v)[size] = encode(e.getKey(), e.getValue(), values[v]);
        v++;
      }
      size++;
      return this;
    }

    private double encode(String name, Variable.Kind kind, Object value) {
      if (value == null) {
        return Double.NaN;
      }
      if (kind == Variable.Kind.NUMERIC) {
        if (!(value instanceof Number n)) {
          throw new IllegalArgumentException(
              "numeric variable " + name + " got " + value.getClass().getSimpleName());
        }
        return n.doubleValue();
      }
      String s = value.toString().strip();
      if (s.isEmpty()) {
        return Double.NaN;
      }
      Map<String, Integer> index = levels.get(name);
      return index.computeIfAbsent(s, key -> index.size());
    }

    public MembershipTable build() {
      List<Variable> variables = new ArrayList<>();
      int v = 0;
      for (Map.Entry<String, Variable.Kind> e : kinds.entrySet()) {
        double[] values =
            columns.get(v) == null ? new double[0] : Arrays.copyOf(columns.get(v), size);
        List<String> names = new ArrayList<>(levels.get(e.getKey()).keySet());
        if (e.getValue() == Variable.Kind.CATEGORICAL && names.isEmpty()) {
          names.add("(none)");
        }
        variables.add(new Variable(e.getKey(), e.getValue(), names, values));
        v++;
      }
      return new MembershipTable(lists, Arrays.copyOf(patterns, size), variables);
    }
  }
}
