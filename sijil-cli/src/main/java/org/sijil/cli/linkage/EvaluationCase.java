package org.sijil.cli.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.synth.PressRomanization;

/**
 * The cases {@code sijil evaluate --case} builds from two lists that carry both scripts, so that
 * linkage across scripts and across publishers can be measured on lists whose truth is known.
 */
enum EvaluationCase {
  /** The lists as read. */
  AS_IS,
  /** Left list with its Arabic names only, right list with its Latin names only. */
  ARABIC_LATIN,
  /**
   * Latin names only on both sides, the right list's rewritten from its Arabic names in the
   * generator's second (press) romanization, as another publisher would write them.
   */
  LATIN_LATIN,
  /** Arabic names only on both sides. */
  ARABIC;

  /** The option value: {@code arabic-latin}, ... */
  String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static EvaluationCase of(String key) {
    for (EvaluationCase c : values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    throw new org.sijil.core.UserError(
        "unknown --case '" + key + "' (known: as-is, arabic-latin, latin-latin, arabic)");
  }

  List<CasualtyRecord> left(List<CasualtyRecord> records) {
    return switch (this) {
      case AS_IS -> records;
      case ARABIC_LATIN, ARABIC -> map(records, r -> names(r, r.nameAr(), null));
      case LATIN_LATIN -> map(records, r -> names(r, null, r.nameEn()));
    };
  }

  List<CasualtyRecord> right(List<CasualtyRecord> records) {
    return switch (this) {
      case AS_IS -> records;
      case ARABIC_LATIN -> map(records, r -> names(r, null, r.nameEn()));
      case ARABIC -> map(records, r -> names(r, r.nameAr(), null));
      case LATIN_LATIN -> {
        UnaryOperator<String> press = PressRomanization.writer();
        yield map(
            records, r -> names(r, null, r.nameAr() == null ? null : press.apply(r.nameAr())));
      }
    };
  }

  private static List<CasualtyRecord> map(
      List<CasualtyRecord> records, UnaryOperator<CasualtyRecord> f) {
    List<CasualtyRecord> out = new ArrayList<>(records.size());
    for (CasualtyRecord r : records) {
      out.add(f.apply(r));
    }
    return out;
  }

  /** The record with these names; the raw columns lose the names it no longer has. */
  private static CasualtyRecord names(CasualtyRecord r, String ar, String en) {
    java.util.Map<String, String> raw = new java.util.LinkedHashMap<>();
    r.raw()
        .forEach(
            (k, v) -> {
              boolean isAr = v != null && v.equals(r.nameAr());
              boolean isEn = v != null && v.equals(r.nameEn());
              if (!(isAr && ar == null) && !(isEn && en == null)) {
                raw.put(k, v);
              }
            });
    return new CasualtyRecord(
        r.row(), r.id(), ar, en, r.age(), r.dob(), r.sex(), r.source(), r.dod(), r.place(), raw);
  }
}
