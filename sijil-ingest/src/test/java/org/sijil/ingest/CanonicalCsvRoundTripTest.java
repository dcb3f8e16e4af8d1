package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/** Any CSV the project writes (canonical records) reads back into the same records. */
class CanonicalCsvRoundTripTest {

  @TempDir Path dir;

  static final String[] AR_PARTS = {
    "محمد", "أحمد", "خليل", "النجار", "عبد الله", "فاطمة", "أبو", "حسن", "الأسطل"
  };
  static final String[] EN_PARTS = {
    "Muhammad", "Ahmed", "Khalil", "al-Najjar", "Abdallah", "Fatima", "Abu", "O'Hasan"
  };
  static final String[] TRICKY = {",", "\"", "\n", "، ", ";", "\t", "|", "'", " "};

  static String name(Random rnd, String[] parts) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(rnd.nextInt(5) == 0 ? TRICKY[rnd.nextInt(TRICKY.length)] : " ");
      }
      sb.append(parts[rnd.nextInt(parts.length)]);
    }
    return sb.toString().strip();
  }

  static <T> T maybe(Random rnd, T value) {
    return rnd.nextInt(4) == 0 ? null : value;
  }

  static CasualtyRecord random(Random rnd, long row) {
    String id =
        rnd.nextInt(10) == 0 ? null : Integer.toString(900_000_000 + rnd.nextInt(99_999_999));
    String ar = maybe(rnd, name(rnd, AR_PARTS));
    String en = maybe(rnd, name(rnd, EN_PARTS));
    if (id == null && ar == null && en == null) {
      id = "missing-" + row;
    }
    Age age =
        switch (rnd.nextInt(4)) {
          case 0 -> null;
          case 1 -> new Age(rnd.nextInt(12), rnd.nextInt(24), rnd.nextInt(40));
          default -> Age.ofYears(rnd.nextInt(100));
        };
    LocalDate dob = maybe(rnd, LocalDate.of(1920, 1, 1).plusDays(rnd.nextInt(38_000)));
    LocalDate dod = maybe(rnd, LocalDate.of(2023, 10, 7).plusDays(rnd.nextInt(400)));
    Sex sex = maybe(rnd, rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE);
    String source = maybe(rnd, new String[] {"h", "c", "u"}[rnd.nextInt(3)]);
    String place =
        maybe(
            rnd,
            name(rnd, new String[] {"Gaza", "Khan Yunis", "رفح", "دير البلح", "Jabalia, north"}));
    return new CasualtyRecord(row, id, ar, en, age, dob, sex, source, dod, place, null);
  }

  @Test
  void randomRecordsRoundTrip() throws Exception {
    for (long seed = 1; seed <= 20; seed++) {
      Random rnd = new Random(seed);
      List<CasualtyRecord> written = new ArrayList<>();
      Path file = dir.resolve("out-" + seed + ".csv");
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CanonicalCsv csv = new CanonicalCsv(w)) {
        int n = 1 + rnd.nextInt(300);
        for (int i = 1; i <= n; i++) {
          CasualtyRecord r = random(rnd, i);
          written.add(r);
          csv.write(r);
        }
      }
      List<CasualtyRecord> read = new ArrayList<>();
      try (ListRead in = ListReader.open(file, ReadOptions.defaults().withPivotYear(2024))) {
        while (in.hasNext()) {
          ReadRow r = in.next();
          assertEquals(List.of(), r.warnings(), "seed " + seed);
          read.add(r.record());
        }
      }
      assertEquals(written.size(), read.size(), "seed " + seed);
      for (int i = 0; i < written.size(); i++) {
        for (CanonicalField f : CanonicalField.values()) {
          assertEquals(
              written.get(i).text(f),
              read.get(i).text(f),
              "seed " + seed + " row " + (i + 1) + " " + f);
        }
        assertEquals(written.get(i).age(), read.get(i).age(), "seed " + seed + " row " + (i + 1));
        assertEquals(written.get(i).row(), read.get(i).row());
      }
    }
  }
}
