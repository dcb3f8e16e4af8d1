package org.sijil.server.store;

import java.nio.file.Path;
import java.util.List;
import org.sijil.app.Actor;
import org.sijil.app.suggest.SuggestCorrection;
import org.sijil.server.service.SuggestionBox;
import org.sijil.store.Register;
import org.sijil.store.Suggestions;

/** Suggested corrections in the register file, through the use case (opened per call). */
public final class StoreSuggestions implements SuggestionBox {

  private final Path db;

  public StoreSuggestions(Path db) {
    this.db = db;
  }

  @Override
  public synchronized Suggestions.Suggestion submit(
      SuggestCorrection.Request request, String signedIn) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      return new SuggestCorrection(reg)
          .submit(request, signedIn == null ? null : new Actor(signedIn));
    }
  }

  @Override
  public List<Suggestions.Suggestion> list(int offset, int limit) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      return new SuggestCorrection(reg).list(offset, limit);
    }
  }

  @Override
  public long count() {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      return new SuggestCorrection(reg).count();
    }
  }
}
