package org.sijil.app.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.app.integrity.VerifyRegister;
import org.sijil.app.link.LinkRegister;
import org.sijil.core.UserError;
import org.sijil.core.incident.Governorate;
import org.sijil.core.incident.GradeDecision;
import org.sijil.core.incident.PersonStatus;
import org.sijil.core.incident.VictimLink;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;

/**
 * Import, suggest, confirm, grade and read incidents on a small register of artificial records
 * (names "اسم تجريبي"); every change is logged with its actor and the register verifies.
 */
public class IncidentsFlowTest {

  static final Actor TESTER = new Actor("tester");
  static final Actor AMAL = new Actor("amal");

  /** The bundled synthetic incident file, from the module's folder or the worktree root. */
  public static Path exampleFile() {
    for (Path p :
        List.of(
            Path.of("../examples/synthetic-incidents.csv"),
            Path.of("examples/synthetic-incidents.csv"))) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("examples/synthetic-incidents.csv not found");
  }

  /**
   * Two artificial lists of the same six people: three died on 2023-10-13 in Gaza (one list says
   * the incident), three elsewhere.
   */
  public static void twoLists(Register reg, Path dir) throws Exception {
    String header = "id,name,age,dob,sex,dod,place,incident\n";
    StringBuilder a = new StringBuilder(header);
    StringBuilder b = new StringBuilder(header);
    String[] given = {"سامي", "نادر", "هالة", "ريم", "خالد", "منى", "وليد", "سهى", "فادي", "عبير"};
    String[] family = {"تجريبي", "اختبار", "مثالي"};
    for (int i = 0; i < 30; i++) {
      String dod = i < 3 ? "2023-10-13" : "2024-01-05";
      String place = i < 3 ? "غزة" : "دير البلح";
      String row =
          "T-"
              + (1000 + i)
              + ","
              + given[i % 10]
              + " "
              + given[(i / 10 + 3) % 10]
              + " "
              + family[i / 10]
              + ","
              + (20 + i)
              + ","
              + (2003 - i)
              + "-0"
              + (1 + i % 9)
              + "-1"
              + (i % 10)
              + ","
              + (i % 10 < 5 ? "m" : "f")
              + ","
              + dod
              + ","
              + place;
      a.append(row).append(",\n");
      b.append(row).append(i == 0 ? ",SYN-0002\n" : ",\n");
    }
    Path fa = dir.resolve("a.csv");
    Path fb = dir.resolve("b.csv");
    Files.writeString(fa, a);
    Files.writeString(fb, b);
    new ImportRelease(reg)
        .run(
            new ImportRelease.Request(fa, "hospital", "r1", null, ReadOptions.defaults(), false),
            TESTER,
            ProgressListener.NONE);
    new ImportRelease(reg)
        .run(
            new ImportRelease.Request(fb, "family", "r1", null, ReadOptions.defaults(), false),
            TESTER,
            ProgressListener.NONE);
    new LinkRegister(reg)
        .run(
            new LinkRegister.Options(
                DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false),
            TESTER,
            ProgressListener.NONE);
  }

  @TempDir Path dir;

  @Test
  void importIsSafeToRepeatAndKeepsRejectsWithRowAndField() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "id,date,governorate,type,description_en,killed_min,killed_max\n"
            + "SYN-A,2024-01-09,rafah,shelling,Synthetic.,2,3\n"
            + "SYN-B,9 Jan,rafah,shelling,Synthetic.,,\n"
            + "SYN-C,2024-01-09,jenin,shelling,Synthetic.,,\n"
            + "SYN-D,2024-01-09,rafah,drone,Synthetic.,,\n"
            + "SYN-E,2024-01-09,rafah,shelling,Synthetic.,5,2\n");
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      ImportIncidents.Result r = new ImportIncidents(reg).run(bad, TESTER);
      assertEquals(1, r.added());
      assertEquals(
          List.of("2 date", "3 governorate", "4 type", "5 killed_min"),
          r.rejects().stream().map(x -> x.row() + " " + x.field()).toList());
      assertEquals(4, reg.incidents().rejects(r.importId()).size());
      assertEquals("bad.csv", reg.incidents().rejects(r.importId()).get(0).file());
      ImportIncidents.Result again = new ImportIncidents(reg).run(bad, TESTER);
      assertEquals(List.of(0, 0, 1), List.of(again.added(), again.changed(), again.unchanged()));
      assertEquals(1, reg.incidents().history("SYN-A").size());
      assertThrows(
          UserError.class, () -> new ImportIncidents(reg).run(dir.resolve("none.csv"), TESTER));
    }
  }

  @Test
  void theExampleFileImportsCleanAndAsJsonToo() throws Exception {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      ImportIncidents.Result r = new ImportIncidents(reg).run(exampleFile(), TESTER);
      assertEquals(10, r.added());
      assertEquals(List.of(), r.rejects());
      var detail = new IncidentQueries(reg).show("SYN-0002").orElseThrow();
      assertEquals("Synthetic shelter school A", detail.summary().incident().place().facility());
      assertEquals(2, detail.summary().incident().sources().size());
      Path json = dir.resolve("one.json");
      String doc =
          IncidentJson.document(detail.summary().incident()).replace("\"confirmed\"", "\"fair\"");
      Files.writeString(json, "{\"incidents\": [" + doc + "]}");
      ImportIncidents.Result j = new ImportIncidents(reg).run(json, AMAL);
      assertEquals(1, j.changed());
      assertEquals("amal", reg.incidents().find("SYN-0002").orElseThrow().updatedBy());
      assertEquals(2, reg.incidents().history("SYN-0002").size());
      var after =
          new IncidentQueries(reg)
              .list(
                  new IncidentQueries.Filter(
                      null, null, null, java.time.LocalDate.parse("2023-11-24"), null));
      assertEquals(
          List.of("SYN-0008", "SYN-0009", "SYN-0010"),
          after.stream().map(s -> s.incident().id()).toList());
    }
  }

  @Test
  void victimsAreSuggestedConfirmedGradedAndEverythingIsLogged() throws Exception {
    NoteSigner key =
        NoteSigner.generate("sijil.example/test", SignatureType.ED25519, new SecureRandom());
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      twoLists(reg, dir);
      new ImportIncidents(reg).run(exampleFile(), TESTER);
      LinkVictims victims = new LinkVictims(reg);
      assertEquals(3, victims.suggest(null, TESTER));
      assertEquals(0, victims.suggest(null, TESTER), "suggesting again adds nothing");
      List<org.sijil.store.Incidents.Victim> v = victims.victims("SYN-0002");
      assertEquals(3, v.size());
      long first =
          v.stream()
              .filter(x -> x.certainty().equals("probable"))
              .findFirst()
              .orElseThrow()
              .personId();
      victims.decide(
          "SYN-0002",
          first,
          VictimLink.Role.KILLED,
          VictimLink.Certainty.CONFIRMED,
          VictimLink.State.CONFIRMED,
          "named in SYN-DOC",
          AMAL);
      assertThrows(
          NotFound.class,
          () ->
              victims.decide(
                  "SYN-9999",
                  first,
                  VictimLink.Role.KILLED,
                  VictimLink.Certainty.CONFIRMED,
                  VictimLink.State.CONFIRMED,
                  "",
                  AMAL));
      var detail = new IncidentQueries(reg).show("SYN-0002").orElseThrow();
      assertEquals(1, detail.namedKilled());
      assertEquals(8, detail.reportedKilledMissing());

      GradePersons grades = new GradePersons(reg);
      assertEquals(PersonStatus.CORROBORATED, grades.all().get(first).status());
      grades.declareOrigin("family", "hospital", AMAL);
      assertEquals(PersonStatus.PENDING, grades.all().get(first).status());
      grades.decide(first, GradeDecision.Kind.CONFIRM, "death certificate seen", AMAL);
      assertEquals(PersonStatus.CONFIRMED, grades.all().get(first).status());
      assertEquals(1L, grades.counts().get(PersonStatus.CONFIRMED));
      assertEquals(29L, grades.counts().get(PersonStatus.PENDING));

      var figures = new IncidentQueries(reg).byGovernorate(IncidentQueries.Filter.ALL, Set.of());
      var gaza =
          figures.stream()
              .filter(f -> f.governorate() == Governorate.GAZA)
              .findFirst()
              .orElseThrow();
      assertEquals(3, gaza.incidents());
      assertEquals(3, gaza.namedDeaths());
      var confirmedOnly =
          new IncidentQueries(reg)
              .byGovernorate(IncidentQueries.Filter.ALL, Set.of(PersonStatus.CONFIRMED));
      assertEquals(
          1,
          confirmedOnly.stream().mapToLong(IncidentQueries.GovernorateFigures::namedDeaths).sum());

      List<String> types = new ArrayList<>();
      for (IntegrityLog.Entry e : reg.integrity().entries(0, Long.MAX_VALUE)) {
        types.add(EntryCodec.decode(e.bytes()).type());
      }
      assertEquals(10, types.stream().filter("incident-change"::equals).count());
      assertEquals(4, types.stream().filter("victim-link"::equals).count());
      assertEquals(1, types.stream().filter("person-grade"::equals).count());
      new RegisterLog(reg).sign(key);
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      assertTrue(report.ok(), report.problems().toString());

      ExportDossier.Dossier dossier = new ExportDossier(reg).incident("SYN-0002", AMAL);
      assertEquals(ExportDossier.FORMAT, dossier.json().get("format").asText());
      assertEquals(3, dossier.json().get("victims").size());
      var history = dossier.json().get("incident").get("history");
      var receipts = dossier.json().get("incident").get("log_receipts");
      assertEquals(1, history.size());
      assertTrue(receipts.size() >= 2, "the import and the victim links are logged about it");
      var proof = org.sijil.core.integrity.TlogProof.parse(receipts.get(0).get("receipt").asText());
      proof.verifyEntry(key.verifier());
      var logged = (org.sijil.core.integrity.IncidentEntry) EntryCodec.decode(proof.extra());
      assertEquals(history.get(0).get("document_sha256").asText(), logged.incidentSha256());
      var victim = dossier.json().get("victims").get(0);
      assertEquals("T-1000", victim.get("records").get(0).get("verbatim").get("id").asText());
      var persons = new ExportDossier(reg).persons(List.of(first), AMAL);
      assertEquals("confirmed", persons.json().get("persons").get(0).get("status").asText());
      assertEquals(
          "SYN-0002", persons.json().get("persons").get(0).get("incidents").get(0).asText());
    }
  }
}
