package org.sijil.app.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.ReleaseSpec;
import org.sijil.store.ReleaseWriter;

class LinkRegisterTest {

  static final Actor TESTER = new Actor("tester");

  @TempDir Path dir;

  static final String[] GIVEN = {
    "محمد", "احمد", "علي", "محمود", "خالد", "يوسف", "ابراهيم", "حسن", "عمر", "سامي", "فاطمه",
    "مريم", "سلمى", "نور", "هدى", "ريم"
  };
  static final String[] FAMILY = {
    "النجار", "المصري", "الشوا", "حمدان", "عاشور", "سالم", "العطار", "الكرد", "شراب", "عبيد",
    "جمعه", "ياسين"
  };

  /** Person i's record: a name composed of common parts, a birth date; never a real full name. */
  static CasualtyRecord person(int i, long row) {
    Random r = new Random(1000 + i);
    String name =
        GIVEN[r.nextInt(GIVEN.length)]
            + " "
            + GIVEN[r.nextInt(10)]
            + " "
            + GIVEN[r.nextInt(10)]
            + " "
            + FAMILY[r.nextInt(FAMILY.length)];
    LocalDate dob = LocalDate.of(1950 + r.nextInt(70), 1 + r.nextInt(12), 1 + r.nextInt(28));
    return new CasualtyRecord(
        row,
        "p" + i,
        name,
        null,
        Age.ofYears(2024 - dob.getYear()),
        dob,
        r.nextBoolean() ? Sex.MALE : Sex.FEMALE,
        "h",
        null,
        null,
        Map.of("name", name));
  }

  static void release(Register reg, String label, int from, int to) {
    ReleaseSpec spec =
        new ReleaseSpec(
            "test",
            label,
            LocalDate.of(2024, 1, 1),
            label + ".csv",
            "a".repeat(64),
            "csv",
            "UTF-8",
            List.of(),
            List.of("name"),
            Map.of("name_ar", "name"),
            "tester");
    try (ReleaseWriter w = reg.imports().begin(spec, false)) {
      long row = 1;
      for (int i = from; i < to; i++) {
        CasualtyRecord c = person(i, row++);
        w.record(List.of(c.nameAr()), c);
      }
      w.commit();
    }
  }

  static LinkRegister.Options options() {
    return new LinkRegister.Options(
        DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, false);
  }

  @Test
  void aNewReleaseJoinsExistingPersonsWhoKeepTheirIds() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      release(reg, "one", 0, 1500);
      LinkRegister.Result first =
          new LinkRegister(reg).run(options(), TESTER, ProgressListener.NONE);
      assertTrue(first.trained());
      assertEquals(1500, first.persons(), "a list without duplicates stays one person per record");
      Map<RecordKey, Long> before = reg.linkage().assignments();
      assertEquals(1500, before.size());
      release(reg, "two", 500, 2500);
      LinkRegister.Result second =
          new LinkRegister(reg).run(options(), TESTER, ProgressListener.NONE);
      assertTrue(second.trained(), "the register more than doubled: the model is trained again");
      assertEquals(2000, second.linkedNow(), "only the new release's records are linked");
      Map<RecordKey, Long> after = reg.linkage().assignments();
      // Ids are kept; a person may only change id by being merged into another (rare, on new
      // evidence).
      long kept =
          before.entrySet().stream()
              .filter(e -> e.getValue().equals(after.get(e.getKey())))
              .count();
      assertTrue(
          kept >= before.size() - 2 * second.merged(), "kept " + kept + " of " + before.size());
      assertTrue(second.merged() <= 5, "merged " + second.merged());
      long release2 =
          reg.releases().list().stream()
              .filter(r -> r.label().equals("two"))
              .mapToLong(Release::id)
              .findFirst()
              .orElseThrow();
      long release1 =
          reg.releases().list().stream()
              .filter(r -> r.label().equals("one"))
              .mapToLong(Release::id)
              .findFirst()
              .orElseThrow();
      int same = 0;
      for (int i = 500; i < 1500; i++) {
        same +=
            after
                    .get(new RecordKey(release1, i + 1))
                    .equals(after.get(new RecordKey(release2, i - 500 + 1)))
                ? 1
                : 0;
      }
      assertTrue(same > 950, "the same people in both releases are one person: " + same);
      release(reg, "three", 2400, 2600);
      LinkRegister.Result third =
          new LinkRegister(reg).run(options(), TESTER, ProgressListener.NONE);
      assertFalse(third.trained(), "the stored model is reused");
      assertEquals(200, third.linkedNow());
      LinkRegister.Result fourth =
          new LinkRegister(reg).run(options(), TESTER, ProgressListener.NONE);
      assertEquals(0, fourth.linkedNow(), "nothing new, nothing to do");
    }
  }

  @Test
  void decisionsOverrideTheModelAndSurviveReruns() {
    try (Register reg = Register.open(dir.resolve("d.db"))) {
      release(reg, "one", 0, 800);
      release(reg, "two", 0, 800);
      new LinkRegister(reg).run(options(), TESTER, ProgressListener.NONE);
      long r1 = reg.releases().list().get(0).id();
      long r2 = reg.releases().list().get(1).id();
      RecordKey a = new RecordKey(r1, 5);
      RecordKey b = new RecordKey(r2, 5);
      assertEquals(reg.linkage().personOf(a), reg.linkage().personOf(b));
      long person = reg.linkage().personOf(a).getAsLong();
      reg.linkage()
          .decide(
              new Linkage.Decision(
                  new Linkage.Pair(a, b), false, "tester", "different mothers", Instant.now()));
      new LinkRegister(reg).run(options(), TESTER, ProgressListener.NONE);
      assertNotEquals(reg.linkage().personOf(a), reg.linkage().personOf(b));
      assertTrue(
          reg.linkage().personOf(a).getAsLong() == person
              || reg.linkage().personOf(b).getAsLong() == person,
          "one side keeps the person's id");
      new LinkRegister(reg)
          .run(
              new LinkRegister.Options(
                  DefaultSpecs.casualtyLists(), 0.5, 0.2, 0.8, 10_000_000, 2, true),
              TESTER,
              ProgressListener.NONE);
      assertNotEquals(
          reg.linkage().personOf(a),
          reg.linkage().personOf(b),
          "the decision holds after retraining");
      RecordKey c = new RecordKey(r1, 7);
      reg.linkage()
          .decide(
              new Linkage.Decision(new Linkage.Pair(a, c), true, "tester", null, Instant.now()));
      new LinkRegister(reg).run(options(), TESTER, ProgressListener.NONE);
      assertEquals(reg.linkage().personOf(a), reg.linkage().personOf(c));
      assertEquals(2, reg.linkage().decisions().size());
      assertEquals("tester", reg.linkage().decisions().get(0).by());
    }
  }
}
