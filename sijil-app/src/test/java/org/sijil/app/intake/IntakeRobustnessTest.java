package org.sijil.app.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.core.intake.Submission;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.store.Intake;
import org.sijil.store.Register;

/**
 * Item 7, small: 1,000 artificial submissions through bundles, ODK XML and CSV, and the web form,
 * each delivered twice by different paths in shuffled order over several runs, 1% edited (edits
 * also delivered twice, some before their original) and 1% of deliveries corrupted → every
 * submission stored exactly once, edits as versions of one record, corrupted deliveries rejected
 * with reasons, nothing lost (the intact second delivery brings it in).
 */
class IntakeRobustnessTest {

  private static final int N = 1000;
  private static final int ROUNDS = 4;
  private static final String SOURCE = "family-report";

  @TempDir Path dir;

  /** One delivery: a submission by a path, maybe corrupted. */
  private record Delivery(String path, Submission s, boolean corrupt) {}

  @Test
  void everySubmissionIsStoredExactlyOnceWhateverTheOrderAndPath() throws Exception {
    Random random = new Random(17);
    NoteSigner device = IntakeFixtures.device("test-device-r");
    List<Submission> originals = new ArrayList<>();
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      String origin = i % 3 == 0 ? "test-device-r" : i % 3 == 1 ? Submission.ODK : Submission.FORM;
      Submission s = IntakeFixtures.report(origin, "i-" + i, null, i, "r-" + i);
      originals.add(s);
      deliveries.addAll(twice(s));
    }
    Map<String, Submission> edits = new HashMap<>();
    for (int k = 0; k < N / 100; k++) {
      int i = k * 100;
      Submission o = originals.get(i + 1);
      Submission e =
          IntakeFixtures.report(o.origin(), "e-" + i, o.instanceId(), i + 1, "edited-" + i);
      edits.put(o.id(), e);
      deliveries.addAll(twice(e));
    }
    Collections.shuffle(deliveries, random);
    // 1% of deliveries corrupted, never both deliveries of one submission
    Set<String> corrupted = new HashSet<>();
    for (int k = 0, c = 0; k < deliveries.size() && c < deliveries.size() / 100; k++) {
      if (corrupted.add(deliveries.get(k).s().id())) {
        deliveries.set(k, new Delivery(deliveries.get(k).path(), deliveries.get(k).s(), true));
        c++;
      }
    }
    long read = 0;
    long rejected = 0;
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      ImportSubmissions use = new ImportSubmissions(reg);
      int per = (deliveries.size() + ROUNDS - 1) / ROUNDS;
      for (int round = 0; round < ROUNDS; round++) {
        List<Delivery> part =
            deliveries.subList(round * per, Math.min(deliveries.size(), (round + 1) * per));
        for (IntakeReport r : deliver(use, round, part, device)) {
          assertEquals(r.read(), r.imported() + r.duplicate() + r.edited() + r.rejected());
          r.rejections().forEach(x -> assertFalse(x.reason().isBlank()));
          read += r.read();
          rejected += r.rejected();
        }
      }
      List<Intake.Stored> stored = reg.intake().all(SOURCE);
      Set<String> ids = new HashSet<>();
      stored.forEach(s -> assertTrue(ids.add(s.id()), "stored twice: " + s.id()));
      assertEquals(N + edits.size(), stored.size(), "every submission and every edit, once");
      for (Submission o : originals) {
        assertTrue(ids.contains(o.id()), "lost: " + o.id());
      }
      var release = reg.releases().find(SOURCE, ImportSubmissions.RELEASE).orElseThrow();
      assertEquals(N, release.rowsImported(), "one record per person, edits included");
      assertTrue(rejected >= deliveries.size() / 100, "corrupted deliveries rejected: " + rejected);
      assertTrue(read >= deliveries.size());
    }
  }

  /** Two deliveries by different paths of the submission's channel family. */
  private static List<Delivery> twice(Submission s) {
    return switch (s.origin()) {
      case Submission.ODK -> List.of(new Delivery("xml", s, false), new Delivery("csv", s, false));
      case Submission.FORM ->
          List.of(new Delivery("form", s, false), new Delivery("bundle", s, false));
      default -> List.of(new Delivery("bundle", s, false), new Delivery("bundle", s, false));
    };
  }

  private List<IntakeReport> deliver(
      ImportSubmissions use, int round, List<Delivery> part, NoteSigner device) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("round-" + round));
    List<Submission> bundled = new ArrayList<>();
    List<Integer> corruptLines = new ArrayList<>();
    StringBuilder csv =
        new StringBuilder(
            "grp-name_en,grp-sex,grp-age,grp-dod,meta-instanceID,meta-deprecatedID\n");
    List<Arrival> form = new ArrayList<>();
    int n = 0;
    for (Delivery d : part) {
      Submission s = d.s();
      switch (d.path()) {
        case "bundle" -> {
          if (d.corrupt()) {
            corruptLines.add(bundled.size());
          }
          bundled.add(s);
        }
        case "xml" ->
            Files.writeString(
                folder.resolve("x" + (n++) + ".xml"),
                d.corrupt() ? "<data><meta><instanceID>" : xml(s));
        case "csv" -> csv.append(d.corrupt() ? "garbled" : csvRow(s)).append('\n');
        default ->
            form.add(
                d.corrupt()
                    ? Arrival.unreadable(
                        Arrival.FORM, Arrival.UNSIGNED, "form", "the request body is not JSON")
                    : Arrival.of(Arrival.FORM, Arrival.UNSIGNED, "form", s));
      }
    }
    String bundle = ExportBundle.of(bundled, device);
    for (int line : corruptLines) {
      String original = org.sijil.core.intake.SubmissionJson.write(bundled.get(line));
      int at = bundle.lastIndexOf("\n" + original + "\n") + 1;
      bundle =
          bundle.substring(0, at)
              + original.replace("Testname", "Tampered")
              + bundle.substring(at + original.length());
    }
    Files.writeString(folder.resolve("a.bundle"), bundle);
    Files.writeString(folder.resolve("z-export.csv"), csv.toString());
    List<IntakeReport> reports = new ArrayList<>();
    reports.add(use.take(form, SOURCE, IntakeFixtures.CONTACT.getPublic(), new Actor("tester")));
    reports.add(
        use.run(
            new ImportSubmissions.Request(
                List.of(folder), SOURCE, List.of(), IntakeFixtures.CONTACT.getPublic()),
            new Actor("tester")));
    return reports;
  }

  private static String xml(Submission s) {
    StringBuilder x = new StringBuilder("<data id=\"test_form\"><report>");
    s.fields()
        .forEach(
            (k, v) ->
                x.append('<').append(k).append('>').append(v).append("</").append(k).append('>'));
    x.append("</report><meta><instanceID>").append(s.instanceId()).append("</instanceID>");
    if (s.replaces() != null) {
      x.append("<deprecatedID>").append(s.replaces()).append("</deprecatedID>");
    }
    return x.append("</meta></data>").toString();
  }

  private static String csvRow(Submission s) {
    return String.join(
        ",",
        s.field("name_en"),
        s.field("sex"),
        s.field("age"),
        s.field("dod"),
        s.instanceId(),
        s.replaces() == null ? "" : s.replaces());
  }
}
