package org.sijil.app.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.integrity.PersonHistory;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Suggestions;

/**
 * A reader's suggestion is logged with who sent it (or "public"), about which person and field, and
 * the SHA-256 of what was sent; neither the text nor the contact reaches the public log.
 */
class SuggestionLogTest {

  @TempDir Path dir;

  @Test
  void aSuggestionIsLoggedByItsContentHashWithoutTextOrContact() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      SuggestCorrection use = new SuggestCorrection(reg);
      Suggestions.Suggestion s =
          use.submit(
              new SuggestCorrection.Request(
                  "P3", "age", " 34 ", "تجريبي: from the family", "reader@example.org"),
              null);
      use.submit(
          new SuggestCorrection.Request("P4", "other", "", "spelling", null), new Actor("salma"));

      List<IntegrityLog.Entry> all = reg.integrity().entries(0, Long.MAX_VALUE);
      assertEquals(2, all.size());
      assertEquals("person:3", all.get(0).subject());
      LogEntry.Suggestion logged = (LogEntry.Suggestion) EntryCodec.decode(all.get(0).bytes());
      assertEquals("public", logged.actor());
      assertEquals("" + s.id(), logged.suggestion());
      assertEquals("P3", logged.person());
      assertEquals("age", logged.field());
      assertEquals(
          SuggestCorrection.contentSha256("age", "34", "تجريبي: from the family"),
          logged.contentSha256());
      String text = new String(all.get(0).bytes(), StandardCharsets.UTF_8);
      assertFalse(text.contains("reader@example.org"), text);
      assertFalse(text.contains("family"), text);
      assertEquals("salma", EntryCodec.decode(all.get(1).bytes()).actor());

      // The canonical content, byte for byte (docs/integrity.md).
      String canonical =
          "sijil-suggestion/v1\nfield 3 age\nvalue 2 34\nreason 29 تجريبي: from the family\n";
      assertEquals(
          Hashes.hex(Hashes.sha256(canonical.getBytes(StandardCharsets.UTF_8))),
          logged.contentSha256());

      List<PersonHistory.Event> history = new PersonHistory(reg).of(3);
      assertEquals(1, history.size());
      assertTrue(history.get(0).entry() instanceof LogEntry.Suggestion);
    }
  }
}
