package org.sijil.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learnt variant spellings of name words: a {@link Romanization#reduce reduced} word that one
 * publisher writes for an Arabic name is mapped to the reduced form of that Arabic name's
 * transliteration ({@code akarm} → {@code akram}, {@code muaz} → {@code muad}), so that spellings
 * no rule of {@link Romanization} unites compare as one word. Learnt by {@link VariantMiner}; the
 * shipped table ({@link #shipped()}, the resource {@value #RESOURCE}) says where it comes from in
 * its header lines. Words not in the table are their own canonical form. Immutable.
 */
public final class NameVariants {

  /** Classpath resource of the shipped table: lines {@code variant<TAB>canonical}, # comments. */
  public static final String RESOURCE = "/org/sijil/core/names/name-variants.tsv";

  private static final NameVariants NONE = new NameVariants(Map.of());

  private final Map<String, String> canonical;

  private NameVariants(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  /** A table of variant → canonical reduced words; a variant may not also be a canonical form. */
  public static NameVariants of(Map<String, String> variantToCanonical) {
    for (Map.Entry<String, String> e : variantToCanonical.entrySet()) {
      if (variantToCanonical.containsKey(e.getValue())) {
        throw new IllegalArgumentException(
            "'"
                + e.getValue()
                + "' is both a variant and the canonical form of '"
                + e.getKey()
                + "'");
      }
    }
    return new NameVariants(variantToCanonical);
  }

  /** No variants: every word is its own canonical form. */
  public static NameVariants none() {
    return NONE;
  }

  /** The table shipped with Sijil (loaded once). */
  public static NameVariants shipped() {
    return Shipped.TABLE;
  }

  /** The canonical form of a reduced word: the word itself unless the table lists it. */
  public String canonical(String reduced) {
    return canonical.getOrDefault(reduced, reduced);
  }

  /** Number of variants in the table. */
  public int size() {
    return canonical.size();
  }

  /** The table in variant order. */
  public Map<String, String> asMap() {
    return new TreeMap<>(canonical);
  }

  /** Parses the table format (see {@link #RESOURCE}). */
  public static NameVariants parse(BufferedReader in) throws IOException {
    Map<String, String> m = new HashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException("variant table, line " + n + ": expected 'a<TAB>b'");
      }
      m.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return of(m);
  }

  /** Loads the shipped table once, when first asked for. */
  private static final class Shipped {
    static final NameVariants TABLE = load();

    private static NameVariants load() {
      InputStream s = NameVariants.class.getResourceAsStream(RESOURCE);
      if (s == null) {
        return NONE;
      }
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
        return parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
