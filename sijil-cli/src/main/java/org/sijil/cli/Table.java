package org.sijil.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A small result table: named columns and rows of values, printed by {@link Printer}. */
public final class Table {

  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  public Table(String... columns) {
    this.columns = List.of(columns);
  }

  public Table(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  public Table add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values for " + columns.size() + " columns " + columns);
    }
    rows.add(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
    return this;
  }

  public List<String> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return Collections.unmodifiableList(rows);
  }
}
