package org.sijil.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.core.intake.ContactSeal;
import org.sijil.core.intake.Submission;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SubmissionEntry;
import org.sijil.store.Intake;
import org.sijil.store.Register;

class ImportSubmissionsTest {

  @TempDir Path dir;
  private final Actor by = new Actor("tester");

  private IntakeReport importFiles(Register reg, List<Path> files) {
    return new ImportSubmissions(reg)
        .run(
            new ImportSubmissions.Request(
                files, "family-report", List.of(), IntakeFixtures.CONTACT.getPublic()),
            by);
  }

  private Path bundle(String name, NoteSigner key, List<Submission> subs) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, ExportBundle.of(subs, key));
    return f;
  }

  @Test
  void aSignedBundleImportsOnceAndAgainIsAllDuplicates() throws Exception {
    NoteSigner key = IntakeFixtures.device("test-device-1");
    Path b =
        bundle(
            "b.bundle",
            key,
            List.of(
                IntakeFixtures.report("test-device-1", 1),
                IntakeFixtures.report("test-device-1", 2)));
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      IntakeReport first = importFiles(reg, List.of(b));
      assertEquals(
          List.of(2L, 2L, 0L, 0L, 0L),
          List.of(
              first.read(), first.imported(), first.duplicate(), first.edited(), first.rejected()));
      IntakeReport again = importFiles(reg, List.of(b));
      assertEquals(2, again.duplicate());
      assertEquals(0, again.imported());
      // records of the intake source, one per submission, with no contact or relation
      var release = reg.releases().find("family-report", ImportSubmissions.RELEASE).orElseThrow();
      assertEquals(2, release.rowsImported());
      // each submission is a log entry with its channel and device key
      List<Intake.Stored> stored = reg.intake().all("family-report");
      assertEquals(2, stored.size());
      for (Intake.Stored s : stored) {
        assertTrue(ContactSeal.isSealed(s.contactSealed()));
        assertTrue(
            ContactSeal.open(s.contactSealed(), IntakeFixtures.CONTACT.getPrivate())
                .startsWith("test-contact-"));
        LogEntry e = EntryCodec.decode(reg.integrity().entry(s.logIndex()).orElseThrow().bytes());
        SubmissionEntry entry = (SubmissionEntry) e;
        assertEquals(s.id(), entry.submission());
        assertEquals("bundle", entry.channel());
        assertEquals(key.verifier().text(), entry.deviceKey());
        assertFalse(new String(e.encode()).contains("test-contact"));
        assertEquals(Intake.PENDING, s.status());
      }
    }
  }

  @Test
  void alteredLinesAreRejectedAndTheRestImported() throws Exception {
    NoteSigner key = IntakeFixtures.device("test-device-2");
    Path b =
        bundle(
            "b.bundle",
            key,
            List.of(
                IntakeFixtures.report("test-device-2", 1),
                IntakeFixtures.report("test-device-2", 2),
                IntakeFixtures.report("test-device-2", 3)));
    String text = Files.readString(b);
    Files.writeString(b, text.replace("Testname test-2", "Testname changed"));
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      IntakeReport r = importFiles(reg, List.of(b));
      assertEquals(2, r.imported());
      // the altered line, and its original missing from the bundle
      assertEquals(2, r.rejected());
      assertEquals(4, r.read());
      assertTrue(
          r.rejections().get(0).reason().contains("not in the signed manifest"), r.toString());
      assertTrue(r.rejections().get(1).reason().contains("missing"), r.toString());
    }
  }

  @Test
  void unsignedOrForgedBundlesAreRejectedWhole() throws Exception {
    NoteSigner key = IntakeFixtures.device("test-device-3");
    Path b = bundle("b.bundle", key, List.of(IntakeFixtures.report("test-device-3", 1)));
    String text = Files.readString(b);
    Path unsigned = dir.resolve("unsigned.bundle");
    Files.writeString(unsigned, text.replaceAll("(?m)^— .*\\n", ""));
    Path forged = dir.resolve("forged.bundle");
    NoteSigner other = IntakeFixtures.device("test-device-3");
    Files.writeString(forged, text.replace(key.verifier().text(), other.verifier().text()));
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      for (Path p : List.of(unsigned, forged)) {
        IntakeReport r = importFiles(reg, List.of(p));
        assertEquals(1, r.rejected(), r.toString());
        assertEquals(0, r.imported());
        assertTrue(
            r.rejections().get(0).reason().contains("manifest does not verify"), r.toString());
      }
    }
  }

  @Test
  void odkInstancesDedupeByInstanceIdAndEditsAreVersionsEvenOutOfOrder() throws Exception {
    Path odk = Files.createDirectories(dir.resolve("odk"));
    Files.writeString(odk.resolve("b-edit.xml"), xml("uuid:2", "uuid:1", "Testname edited"));
    Files.writeString(odk.resolve("c-orig.xml"), xml("uuid:1", null, "Testname first"));
    Files.writeString(odk.resolve("d-other.xml"), xml("uuid:3", null, "Testname other"));
    Files.writeString(
        odk.resolve("e-export.csv"),
        "SubmissionDate,grp-name_en,grp-sex,grp-dod,meta-instanceID,meta-deprecatedID\n"
            + "2024-05-01,Testname first,male,2024-01-02,uuid:1,\n"
            + "2024-05-01,Testname other,female,2024-01-03,uuid:3,\n"
            + "2024-05-01,Testname fourth,female,2024-01-04,uuid:4,\n");
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      IntakeReport r = importFiles(reg, List.of(odk));
      assertEquals(6, r.read());
      assertEquals(2, r.edited(), r.toString()); // the edit, and its original arriving after it
      assertEquals(2, r.imported());
      assertEquals(2, r.duplicate());
      var release = reg.releases().find("family-report", ImportSubmissions.RELEASE).orElseThrow();
      assertEquals(3, release.rowsImported()); // one record for the edited person
      IntakeReport again = importFiles(reg, List.of(odk));
      assertEquals(6, again.duplicate());
    }
  }

  @Test
  void twoEditsOfOneOriginalAreOneRecordShowingTheLatest() throws Exception {
    NoteSigner key = IntakeFixtures.device("test-device-2");
    String origin = "test-device-2";
    Submission orig = IntakeFixtures.report(origin, "i-1", null, 1, "first");
    Submission edit1 = IntakeFixtures.report(origin, "i-1a", "i-1", 1, "edit one");
    Submission edit2 = IntakeFixtures.report(origin, "i-1b", "i-1", 1, "edit two");
    Submission other = IntakeFixtures.report(origin, 2);
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      importFiles(reg, List.of(bundle("a.bundle", key, List.of(orig, other, edit1))));
      IntakeReport r = importFiles(reg, List.of(bundle("b.bundle", key, List.of(edit2))));
      assertEquals(1, r.edited(), r.toString());
      var release = reg.releases().find("family-report", ImportSubmissions.RELEASE).orElseThrow();
      assertEquals(2, release.rowsImported(), "the edited report and the other one");
      var records = reg.records().list(release.id());
      var edited = records.get(0);
      assertEquals(orig.id(), edited.id(), "the record keeps the original's ID");
      assertEquals("Testname edit two", edited.nameEn(), "and shows the latest version");
      assertEquals("3", edited.raw().get("version"));
      assertEquals(edit2.id(), edited.raw().get("submission"));
    }
  }

  static String xml(String instance, String deprecated, String name) {
    return "<?xml version=\"1.0\"?>\n<data id=\"test_form\" xmlns:orx=\"http://openrosa.org/xforms\">"
        + "<person><name_en>"
        + name
        + "</name_en><sex>male</sex><dod>2024-01-02</dod></person>"
        + "<meta><instanceID>"
        + instance
        + "</instanceID>"
        + (deprecated == null ? "" : "<deprecatedID>" + deprecated + "</deprecatedID>")
        + "</meta></data>\n";
  }
}
