package org.sijil.cli.linkage;

import java.util.Map;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;

/** A named field of a record: a column of the file as written, else a canonical field. */
final class Fields {

  private Fields() {}

  static String value(CasualtyRecord r, String field) {
    String v = r.raw().get(field);
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, String> e : r.raw().entrySet()) {
      if (e.getKey().equalsIgnoreCase(field)) {
        return e.getValue();
      }
    }
    return CanonicalField.byKey(field).map(r::text).orElse(null);
  }

  /** Fails with a message naming the file when no record has the field at all. */
  static void require(java.util.List<CasualtyRecord> records, String field, String file) {
    for (CasualtyRecord r : records) {
      if (r.raw().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(field))
          || CanonicalField.byKey(field).map(f -> r.text(f) != null).orElse(false)) {
        return;
      }
    }
    throw new org.sijil.core.UserError(file + ": no field '" + field + "'");
  }
}
