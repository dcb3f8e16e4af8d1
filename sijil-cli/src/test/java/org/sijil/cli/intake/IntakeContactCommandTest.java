package org.sijil.cli.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.core.integrity.ContactOpenedEntry;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * {@code sijil intake contact}: an admin opens a sealed contact and the opening is logged (who,
 * which submission, never the contact); field reporters, viewers, analysts and unknown names are
 * refused and nothing is logged; a wrong key opens nothing (issue 17). Also {@code users add --role
 * field}.
 */
class IntakeContactCommandTest {

  private static final String CONTACT = "test contact 0000";

  @TempDir Path dir;

  private static Cli.Run withStdin(String stdin, Object... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(old);
    }
  }

  /** A register with one bundled submission carrying {@link #CONTACT}; its ID. */
  private String registerWithOneContact(Path db) throws Exception {
    Cli.ok("keys", "generate", "--name", "test-device", "--out", dir.resolve("keys"));
    Path reports = dir.resolve("reports.jsonl");
    Files.writeString(
        reports,
        "{\"v\":1,\"origin\":\"test-device\",\"instance\":\"1\",\"fields\":{\"name_en\":\"Testname"
            + " one\"},\"contact\":\""
            + CONTACT
            + "\"}\n");
    Path bundle = dir.resolve("b.bundle");
    Cli.ok(
        "intake",
        "export",
        "--key",
        dir.resolve("keys/test-device.key"),
        "--from",
        reports,
        "--out",
        bundle);
    Cli.ok("intake", "import", bundle, "--db", db);
    for (String role : List.of("admin", "analyst", "viewer", "field")) {
      Cli.Run added =
          withStdin(
              "a long enough password\n",
              "users",
              "add",
              "test-" + role,
              "--role",
              role,
              "--db",
              db);
      assertEquals(0, added.code(), added.err());
      assertTrue(added.out().contains("can sign in as " + role), added.out());
    }
    try (Register reg = Register.open(db)) {
      return reg.intake().all("family-report").get(0).id();
    }
  }

  private static List<IntegrityLog.Entry> openings(Path db, String id) {
    try (Register reg = Register.open(db)) {
      return reg.integrity().about("submission:" + id).stream()
          .filter(e -> EntryCodec.decode(e.bytes()) instanceof ContactOpenedEntry)
          .toList();
    }
  }

  @Test
  void anAdminOpensAContactAndTheOpeningIsLoggedWithoutIt() throws Exception {
    Path db = dir.resolve("r.db");
    String id = registerWithOneContact(db);
    Path key = dir.resolve("r.db.contact.key");
    Cli.Run opened =
        Cli.run("intake", "contact", id, "--key", key, "--by", "test-admin", "--db", db);
    assertEquals(0, opened.code(), opened.err());
    assertEquals(CONTACT, opened.out().strip());
    List<IntegrityLog.Entry> log = openings(db, id);
    assertEquals(1, log.size());
    ContactOpenedEntry e = (ContactOpenedEntry) EntryCodec.decode(log.get(0).bytes());
    assertEquals("test-admin", e.actor());
    assertEquals(id, e.submission());
    assertFalse(
        new String(log.get(0).bytes(), StandardCharsets.UTF_8).contains(CONTACT),
        "the log never holds the contact");
    Cli.ok("intake", "contact", id, "--key", key, "--by", "test-admin", "--db", db);
    assertEquals(2, openings(db, id).size(), "every opening is logged");
  }

  @Test
  void fieldViewerAnalystAndUnknownNamesAreRefusedAndNothingIsLogged() throws Exception {
    Path db = dir.resolve("r.db");
    String id = registerWithOneContact(db);
    Path key = dir.resolve("r.db.contact.key");
    for (String who : List.of("test-field", "test-viewer", "test-analyst", "nobody")) {
      Cli.Run r = Cli.run("intake", "contact", id, "--key", key, "--by", who, "--db", db);
      assertEquals(1, r.code(), who + ": " + r.out());
      assertFalse(r.out().contains(CONTACT), who);
      assertTrue(r.err().contains("only an admin"), r.err());
      if (!who.equals("nobody")) {
        assertTrue(r.err().contains("is " + who.substring("test-".length())), r.err());
      }
    }
    assertEquals(0, openings(db, id).size());
  }

  @Test
  void aWrongKeyOrAnUnknownSubmissionOpensNothing() throws Exception {
    Path db = dir.resolve("r.db");
    String id = registerWithOneContact(db);
    Path other = dir.resolve("other.db");
    Cli.ok("intake", "import", dir.resolve("b.bundle"), "--db", other);
    Cli.Run wrong =
        Cli.run(
            "intake",
            "contact",
            id,
            "--key",
            dir.resolve("other.db.contact.key"),
            "--by",
            "test-admin",
            "--db",
            db);
    assertEquals(1, wrong.code());
    assertTrue(wrong.err().contains("the key does not open the contact"), wrong.err());
    Cli.Run unknown =
        Cli.run(
            "intake",
            "contact",
            "s-none",
            "--key",
            dir.resolve("r.db.contact.key"),
            "--by",
            "test-admin",
            "--db",
            db);
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no submission s-none"), unknown.err());
    assertEquals(0, openings(db, id).size());
  }
}
