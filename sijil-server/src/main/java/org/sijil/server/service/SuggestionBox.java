package org.sijil.server.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sijil.app.suggest.SuggestCorrection;
import org.sijil.store.Suggestions;

/**
 * Where the pages put readers' suggested corrections and where analysts read them. Over a register
 * file this is {@code StoreSuggestions}; tests and the in-memory demo keep them in memory.
 */
public interface SuggestionBox {

  /**
   * Stores a suggestion.
   *
   * @param signedIn the signed-in user's name, or null for a reader
   * @throws IllegalArgumentException when the suggestion is empty or too long
   */
  Suggestions.Suggestion submit(SuggestCorrection.Request request, String signedIn);

  /** Newest first, one page. */
  List<Suggestions.Suggestion> list(int offset, int limit);

  long count();

  /** Suggestions kept in memory (lost at exit): for tests and registers without a file. */
  static SuggestionBox inMemory(Clock clock) {
    return new SuggestionBox() {
      private final List<Suggestions.Suggestion> kept = new ArrayList<>();

      @Override
      public synchronized Suggestions.Suggestion submit(
          SuggestCorrection.Request r, String signedIn) {
        Suggestions.Suggestion s =
            new Suggestions.Suggestion(
                kept.size() + 1L,
                r.personId(),
                r.field(),
                r.value() == null ? "" : r.value().strip(),
                r.reason() == null ? "" : r.reason().strip(),
                r.contact() == null || r.contact().isBlank() ? null : r.contact().strip(),
                signedIn == null ? SuggestCorrection.PUBLIC : signedIn,
                clock.instant());
        kept.add(0, s);
        return s;
      }

      @Override
      public synchronized List<Suggestions.Suggestion> list(int offset, int limit) {
        return List.copyOf(
            kept.subList(Math.min(offset, kept.size()), Math.min(offset + limit, kept.size())));
      }

      @Override
      public synchronized long count() {
        return kept.size();
      }
    };
  }
}
