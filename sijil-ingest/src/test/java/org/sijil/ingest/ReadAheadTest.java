package org.sijil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading cells on a second thread ({@link ListRead#readingAhead}) gives the same rows, warnings,
 * rejects and errors, at the same rows, as reading on one: on every damaged file of the test set
 * and on lists longer than a batch with rows in another encoding, blank rows and rejects.
 */
class ReadAheadTest {

  @TempDir Path dir;

  /** Every row read, then the error that ended the reading (class and message), if any. */
  private static List<Object> outcome(Path file, boolean ahead) {
    List<Object> out = new ArrayList<>();
    try (ListRead in = ListReader.open(file, ReadOptions.defaults())) {
      if (ahead) {
        in.readingAhead();
      }
      while (in.hasNext()) {
        out.add(in.next());
      }
      out.add("blank rows " + in.blankRows());
    } catch (RuntimeException e) {
      out.add(e.getClass().getName() + ": " + e.getMessage());
    }
    return out;
  }

  private static void assertSame(Path file) {
    List<Object> plain = outcome(file, false);
    assertEquals(plain, outcome(file, true), file.getFileName().toString());
  }

  @Test
  void damagedFilesReadTheSame() throws IOException, URISyntaxException {
    Path bad = Path.of(getClass().getResource("/bad-inputs").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(bad)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertTrue(files.size() >= 10, "test files: " + files);
    files.forEach(ReadAheadTest::assertSame);
  }

  @Test
  void longListsWithOddRowsReadTheSame() throws IOException {
    int rows = ReadAhead.BATCH * 5 + 7;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("رقم الهوية,الاسم,العمر,الجنس\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= rows; i++) {
      String line = MixedEncodingTest.row(i);
      if (i % 700 == 0) {
        line = ",,,\n"; // blank
      } else if (i % 333 == 0) {
        line = "1,2\n"; // wrong column count: rejected
      }
      boolean odd = i == 3 || i == ReadAhead.BATCH || i == rows - 1;
      out.writeBytes(line.getBytes(odd ? EncodingDetector.WINDOWS_1256 : StandardCharsets.UTF_8));
    }
    Path good = dir.resolve("long.csv");
    Files.write(good, out.toByteArray());
    assertSame(good);
    // The same list cut inside a quoted cell near its end: the error comes after the rows before.
    Path cut = dir.resolve("cut.csv");
    byte[] b = out.toByteArray();
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    broken.write(b, 0, b.length - 40);
    broken.writeBytes("9,\"never closed\n".getBytes(StandardCharsets.UTF_8));
    Files.write(cut, broken.toByteArray());
    assertSame(cut);
    List<Object> read = outcome(cut, true);
    assertTrue(
        read.get(read.size() - 1) instanceof String s && s.contains("never closed"),
        "" + read.get(read.size() - 1));
  }
}
