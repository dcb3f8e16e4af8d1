package org.sijil.server.web;

import java.util.List;
import java.util.Map;
import org.sijil.server.model.SourceName;
import org.sijil.server.model.Statistics;
import org.sijil.server.service.RegisterService;

/**
 * The one way a page names a source (list): the display name an analyst set in the page's language
 * ({@code sijil sources name}, {@code /sources}), or else the source code as imported.
 *
 * <p>Rules: an English page shows the English name, an Arabic page the Arabic one; a page never
 * shows the other language's name in place of its own (the code is the fallback). A name may mix
 * scripts ("Gaza list (غزة)"), so wherever it runs on with other text it is isolated — a {@code
 * <bdi dir="auto">} element in markup, first-strong isolate and pop-directional-isolate marks in
 * plain text — so it neither takes its neighbours' direction nor reorders them. A code shown for
 * want of a name is written as before, without marks (it is an identifier as imported).
 */
public final class SourceLabels {

  /** Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
  static final char FSI = '\u2068';

  static final char PDI = '\u2069';

  /** Codes only: for registers without names. */
  public static final SourceLabels CODES = new SourceLabels(Map.of());

  private final Map<String, SourceName> names;

  private SourceLabels(Map<String, SourceName> names) {
    this.names = names;
  }

  /** The labels of {@code register}'s sources as served now. */
  public static SourceLabels of(RegisterService register) {
    return new SourceLabels(register.sourceNames());
  }

  /** The name of {@code source} in {@code lang}'s language, or the code (plain text). */
  public String name(Lang lang, String source) {
    SourceName n = source == null ? null : names.get(source);
    String named = n == null ? null : lang == Lang.AR ? n.arabic() : n.english();
    return named == null || named.isBlank() ? source : named;
  }

  /** {@link #name}, isolated for running text (FSI … PDI) when it is a name, not the code. */
  public String text(Lang lang, String source) {
    String name = name(lang, source);
    return name == null || name.equals(source) ? name : FSI + name + PDI;
  }

  /** Several sources' names, isolated, comma-separated. */
  public String text(Lang lang, List<String> sources) {
    return String.join(", ", sources.stream().map(s -> text(lang, s)).toList());
  }

  /** {@link #name} as an isolated element, with the code as its title. */
  public void html(Html h, Lang lang, String source) {
    h.el("bdi", name(lang, source), "dir", "auto", "class", "source", "title", source);
  }

  /** Counts keyed by source code, keyed by the sources' names instead (charts). */
  public List<Statistics.Count> counts(Lang lang, List<Statistics.Count> bySource) {
    return bySource.stream()
        .map(c -> new Statistics.Count(name(lang, c.key()), c.count()))
        .toList();
  }
}
