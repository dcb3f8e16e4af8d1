package org.sijil.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawRowTest {

  @Test
  void behavesLikeAnOrderedImmutableMap() {
    RawRow r = new RawRow(new String[] {"id", "name", "age"}, List.of("1", "Omar"));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("id", "1");
    expected.put("name", "Omar");
    expected.put("age", "");
    assertEquals(expected, r);
    assertEquals(expected.hashCode(), r.hashCode());
    assertEquals(List.of("id", "name", "age"), List.copyOf(r.keySet()));
    assertEquals("", r.get("age"));
    assertNull(r.get("dob"));
    assertThrows(UnsupportedOperationException.class, () -> r.put("x", "y"));
  }

  @Test
  void repeatedHeadersAndExtraCellsKeepEveryValue() {
    String[] keys = RawRow.uniqueHeaders(List.of("name", "age", "name"), 4);
    assertEquals(List.of("name", "age", "name (column 3)", "column 4"), List.of(keys));
    RawRow r = new RawRow(keys, List.of("a", "1", "b", "x"));
    assertEquals("b", r.get("name (column 3)"));
    assertEquals("x", r.get("column 4"));
  }

  @Test
  void recordKeepsItWithoutCopying() {
    RawRow r = new RawRow(new String[] {"id"}, List.of("1"));
    CasualtyRecord c =
        new CasualtyRecord(1, "1", null, null, null, null, null, null, null, null, r);
    assertSame(r, c.raw());
  }
}
