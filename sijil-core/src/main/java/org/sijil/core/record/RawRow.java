package org.sijil.core.record;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A row's cells by header, in column order: an immutable map view over a shared header array and
 * the row's cell list, so reading millions of rows does not build a hash map per row. Missing
 * trailing cells read as "".
 */
public final class RawRow extends AbstractMap<String, String> {

  private final String[] headers;
  private final List<String> cells;

  /**
   * @param headers unique header texts, shared by all rows of a file (not copied: do not modify)
   * @param cells the row's cells (not copied: pass an immutable or private list)
   */
  public RawRow(String[] headers, List<String> cells) {
    this.headers = Objects.requireNonNull(headers, "headers");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  /**
   * Header texts made unique so no raw value is lost to a repeated header: the second "name" of a
   * file becomes "name (column 4)"; {@code cellCount} beyond the headers adds "column N" keys.
   */
  public static String[] uniqueHeaders(List<String> headers, int cellCount) {
    String[] keys = new String[Math.max(headers.size(), cellCount)];
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < keys.length; i++) {
      String h = i < headers.size() ? headers.get(i) : "column " + (i + 1);
      keys[i] = seen.add(h) ? h : h + " (column " + (i + 1) + ")";
      seen.add(keys[i]);
    }
    return keys;
  }

  private String cell(int i) {
    return i < cells.size() ? cells.get(i) : "";
  }

  /** The shared header array (not a copy: do not modify). */
  String[] headerArray() {
    return headers;
  }

  /** The cell at column i ("" past the row's last cell). */
  String cellAt(int i) {
    return cell(i);
  }

  @Override
  public int size() {
    return headers.length;
  }

  @Override
  public String get(Object key) {
    for (int i = 0; i < headers.length; i++) {
      if (headers[i].equals(key)) {
        return cell(i);
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    for (String h : headers) {
      if (h.equals(key)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return headers.length;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < headers.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (i >= headers.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> e = new SimpleImmutableEntry<>(headers[i], cell(i));
            i++;
            return e;
          }
        };
      }
    };
  }
}
