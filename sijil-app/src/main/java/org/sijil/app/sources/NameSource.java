package org.sijil.app.sources;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.UserError;
import org.sijil.core.integrity.SourceNameEntry;
import org.sijil.store.Register;
import org.sijil.store.SourceNames;

/**
 * Use case: an analyst sets the English and Arabic display names of a source the register holds
 * (e.g. {@code moh} → "Ministry of Health list" / "قائمة وزارة الصحة"). The names replace any
 * earlier ones, are kept with who set them and when, and are logged as a {@code source-name} entry
 * under the subject {@code source:CODE}; saving the same names again changes and logs nothing.
 */
public final class NameSource {

  /** Log subject prefix of a naming: {@code source:CODE}. */
  public static final String SUBJECT = "source:";

  /**
   * A source of the register with its names.
   *
   * @param source the source code
   * @param names its display names, or null when none were set
   */
  public record Listed(String source, SourceNames.Named names) {}

  private final Register reg;

  public NameSource(Register reg) {
    this.reg = reg;
  }

  /**
   * Sets the names of {@code source}; a blank name means none in that language.
   *
   * @return {@code "named"} (first names) or {@code "renamed"}, or empty when nothing changed
   * @throws UserError when the register has no such source, both names are blank, or a name is too
   *     long
   */
  public Optional<String> name(String source, String english, String arabic, Actor by) {
    String code = source == null ? "" : source.strip();
    if (!sources(reg).contains(code)) {
      throw new UserError(
          "the register has no source '" + code + "'; known: " + String.join(", ", sources(reg)));
    }
    if (blank(english) && blank(arabic)) {
      throw new UserError("source " + code + " needs an English or an Arabic name (--en / --ar)");
    }
    for (String n : new String[] {english, arabic}) {
      if (n != null && n.strip().length() > SourceNames.MAX_NAME) {
        throw new UserError(
            "a name of source " + code + " is over " + SourceNames.MAX_NAME + " characters");
      }
    }
    Instant now = RegisterLog.now();
    SourceNames.Named named = new SourceNames.Named(code, english, arabic, by.name(), now);
    return reg.transaction(
        () -> {
          Optional<SourceNames.Named> old = reg.sourceNames().find(code);
          if (old.isPresent() && sameNames(old.get(), named)) {
            return Optional.<String>empty();
          }
          String change = old.isPresent() ? "renamed" : "named";
          reg.sourceNames().save(named);
          new RegisterLog(reg)
              .append(
                  new SourceNameEntry(
                      now, by.name(), code, named.english(), named.arabic(), change),
                  SUBJECT + code);
          return Optional.of(change);
        });
  }

  /** Every source of the register, by code, with its names when set. */
  public static List<Listed> list(Register reg) {
    Map<String, SourceNames.Named> names = names(reg);
    return sources(reg).stream().map(s -> new Listed(s, names.get(s))).toList();
  }

  /** The names set, by source code. */
  public static Map<String, SourceNames.Named> names(Register reg) {
    Map<String, SourceNames.Named> out = new LinkedHashMap<>();
    reg.sourceNames().all().forEach(n -> out.put(n.source(), n));
    return out;
  }

  private static List<String> sources(Register reg) {
    return reg.releases().list().stream()
        .map(org.sijil.store.Release::source)
        .distinct()
        .sorted()
        .toList();
  }

  private static boolean sameNames(SourceNames.Named a, SourceNames.Named b) {
    return java.util.Objects.equals(a.english(), b.english())
        && java.util.Objects.equals(a.arabic(), b.arabic());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
