package org.sijil.app.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * The canonical row bytes, written through reused buffers, are the bytes the rules give when every
 * value is built as a string and encoded with {@link String#getBytes}: random text in Arabic and
 * Latin script, newlines, lone surrogates (written {@code ?}), long values, and dates whose years
 * {@link LocalDate#toString} writes in other forms (before year 1000, negative, after 9999).
 */
class CanonicalRowsBytesTest {

  private static final String ALPHABET =
      "abcXYZ 019-.,\n\t\"محمد أحمد ٠١٢٣ ،ؤئ\u00A0é€😀" + "\uD800\uDC00\uDFFF\uD83D";

  @Test
  void sameBytesAsTheRulesBuiltWithStrings() {
    Random random = new Random(13);
    CanonicalRows reused = new CanonicalRows();
    for (int i = 0; i < 5_000; i++) {
      List<String> cells = new ArrayList<>();
      int n = random.nextInt(12);
      for (int c = 0; c < n; c++) {
        cells.add(text(random));
      }
      CasualtyRecord r = record(random, i + 1L, cells);
      byte[] expected = reference(cells, r);
      assertArrayEquals(expected, CanonicalRows.accepted(cells, r), "row " + i);
      assertArrayEquals(leaf(expected), reused.acceptedLeaf(cells, r), "leaf of row " + i);
      String reason = text(random);
      byte[] rejected = referenceRejected(i + 1L, cells, reason);
      assertArrayEquals(rejected, CanonicalRows.rejected(i + 1L, cells, reason), "reject " + i);
      assertArrayEquals(leaf(rejected), reused.rejectedLeaf(i + 1L, cells, reason));
    }
  }

  private static CasualtyRecord record(Random random, long row, List<String> cells) {
    return new CasualtyRecord(
        row,
        maybe(random, text(random)),
        maybe(random, text(random)),
        maybe(random, text(random)),
        random.nextBoolean()
            ? null
            : new Age(random.nextInt(120), random.nextInt(12), random.nextInt(31)),
        maybe(random, date(random)),
        random.nextBoolean() ? null : (random.nextBoolean() ? Sex.MALE : Sex.FEMALE),
        maybe(random, text(random)),
        maybe(random, date(random)),
        maybe(random, text(random)),
        Map.of());
  }

  private static <T> T maybe(Random random, T value) {
    return random.nextInt(4) == 0 ? null : value;
  }

  private static LocalDate date(Random random) {
    int[] years = {-44, 0, 7, 999, 1000, 1948, 2023, 9999, 10000, 123456};
    int year =
        random.nextInt(3) == 0 ? years[random.nextInt(years.length)] : 1900 + random.nextInt(130);
    return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private static String text(Random random) {
    int n = random.nextInt(10) == 0 ? 300 + random.nextInt(700) : random.nextInt(20);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private static byte[] reference(List<String> cells, CasualtyRecord r) {
    ByteArrayOutputStream out = start(r.row(), cells);
    line(out, "id", r.id());
    line(out, "name-ar", r.nameAr());
    line(out, "name-en", r.nameEn());
    Age a = r.age();
    line(out, "age", a == null ? null : a.years() + "." + a.months() + "." + a.days());
    line(out, "dob", r.dob() == null ? null : r.dob().toString());
    line(out, "sex", r.sex() == null ? null : r.sex().code());
    line(out, "source", r.source());
    line(out, "dod", r.dod() == null ? null : r.dod().toString());
    line(out, "place", r.place());
    return out.toByteArray();
  }

  private static byte[] referenceRejected(long row, List<String> cells, String reason) {
    ByteArrayOutputStream out = start(row, cells);
    line(out, "reason", reason);
    return out.toByteArray();
  }

  private static ByteArrayOutputStream start(long row, List<String> cells) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        (CanonicalRows.HEADER + "\nrow " + row + "\ncells " + cells.size() + "\n")
            .getBytes(StandardCharsets.UTF_8));
    for (String c : cells) {
      line(out, "cell", c);
    }
    return out;
  }

  private static void line(ByteArrayOutputStream out, String name, String value) {
    if (value == null) {
      out.writeBytes((name + " -\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes((name + " " + v.length + " ").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(v);
    out.write('\n');
  }

  private static byte[] leaf(byte[] bytes) {
    return Hashes.leafHash(bytes);
  }
}
