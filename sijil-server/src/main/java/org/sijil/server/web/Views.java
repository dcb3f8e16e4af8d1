package org.sijil.server.web;

import java.time.LocalDate;
import java.util.Locale;
import org.sijil.server.model.SourceRecord;

/** Small formatting helpers shared by the pages. */
final class Views {

  private Views() {}

  static String sex(Lang lang, String code) {
    if (code == null) {
      return lang.t("sex.unknown");
    }
    return lang.t("sex." + code);
  }

  static String date(LocalDate d) {
    return d == null ? "—" : d.toString();
  }

  static String orDash(Object o) {
    return o == null || o.toString().isBlank() ? "—" : o.toString();
  }

  /** Age as written; in Arabic the unit words are translated. */
  static String age(Lang lang, String age) {
    if (age == null) {
      return "—";
    }
    if (lang == Lang.EN) {
      return age;
    }
    return age.replaceAll("\\bmonths?\\b", "شهر")
        .replaceAll("\\bdays?\\b", "يوم")
        .replaceAll("\\byears?\\b", "سنة");
  }

  static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p * 100);
  }

  static String number(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return "—";
    }
    return String.format(Locale.ROOT, "%,.0f", x);
  }

  static String recordLabel(SourceRecord r) {
    return r.source() + " · " + r.release() + " · #" + r.row();
  }

  /** The name shown first in a language, with the other script as a fallback. */
  static String primaryName(Lang lang, String ar, String en) {
    if (lang == Lang.AR) {
      return ar != null ? ar : en;
    }
    return en != null ? en : ar;
  }

  static String secondaryName(Lang lang, String ar, String en) {
    if (lang == Lang.AR) {
      return ar != null ? en : null;
    }
    return en != null ? ar : null;
  }
}
