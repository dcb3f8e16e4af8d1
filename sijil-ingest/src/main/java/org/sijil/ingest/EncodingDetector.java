package org.sijil.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides the text encoding of a list file from the whole file, with the evidence:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE) decides at once;
 *   <li>else UTF-16 without BOM by its zero bytes in the first {@value #UTF16_SAMPLE} bytes;
 *   <li>else every line (split at the byte {@code \n}, which both UTF-8 and windows-1256 keep as
 *       itself) is classed as plain ASCII, valid UTF-8 with other letters, or not UTF-8 (read as
 *       windows-1256, the Arabic code page the older lists use, which maps every byte);
 *   <li>the file's encoding is UTF-8 when no line is invalid UTF-8, windows-1256 when no line has
 *       valid non-ASCII UTF-8, else the encoding of the larger group; the lines of the smaller
 *       group are the file's <em>odd lines</em>, each to be decoded by its own class and reported.
 * </ol>
 *
 * <p>Arabic text in windows-1256 is practically never valid UTF-8 (its letters are bytes 0xC1–0xFE
 * in runs, which UTF-8 would need to be followed by continuation bytes 0x80–0xBF), so a line's
 * class is reliable once it holds a few letters.
 */
final class EncodingDetector {

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** Bytes looked at for the zero-byte pattern of UTF-16 without BOM. */
  private static final int UTF16_SAMPLE = 64 * 1024;

  /** Odd line numbers kept for messages; the count is always exact. */
  static final int ODD_LINES_KEPT = 20;

  /**
   * Detected encoding with its evidence.
   *
   * @param charset the encoding of the file (of its larger group of lines when mixed)
   * @param bomLength leading bytes (the BOM) to skip
   * @param mixed true when some lines are in the other encoding and must be decoded line by line
   * @param oddLines the count of lines not in {@code charset}
   * @param firstOddLines the first {@value #ODD_LINES_KEPT} of them, 1-based physical lines
   * @param evidence one sentence: how the encoding was decided and how sure that is
   */
  record Detected(
      Charset charset,
      int bomLength,
      boolean mixed,
      long oddLines,
      List<Long> firstOddLines,
      String evidence) {
    Detected {
      firstOddLines = List.copyOf(firstOddLines);
    }

    static Detected certain(Charset charset, int bomLength, String evidence) {
      return new Detected(charset, bomLength, false, 0, List.of(), evidence);
    }
  }

  private EncodingDetector() {}

  static Detected detect(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(UTF16_SAMPLE);
    }
    Detected byHead = byBomOrZeros(head);
    if (byHead != null) {
      return byHead;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return byLines(in);
    }
  }

  /** Detection from bytes in memory (tests, small inputs). */
  static Detected detect(byte[] b) {
    Detected byHead =
        byBomOrZeros(b.length > UTF16_SAMPLE ? java.util.Arrays.copyOf(b, UTF16_SAMPLE) : b);
    if (byHead != null) {
      return byHead;
    }
    try {
      return byLines(new java.io.ByteArrayInputStream(b));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Detected byBomOrZeros(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Detected.certain(StandardCharsets.UTF_8, 3, "UTF-8 by its byte-order mark");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Detected.certain(StandardCharsets.UTF_16LE, 2, "UTF-16LE by its byte-order mark");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Detected.certain(StandardCharsets.UTF_16BE, 2, "UTF-16BE by its byte-order mark");
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          zeroEven++;
        } else {
          zeroOdd++;
        }
      }
    }
    int pairs = b.length / 2;
    if (pairs > 0 && zeroOdd > pairs / 10 && zeroOdd > 4 * zeroEven) {
      return Detected.certain(
          StandardCharsets.UTF_16LE,
          0,
          "UTF-16LE by the zero bytes of its first " + b.length + " bytes (no byte-order mark)");
    }
    if (pairs > 0 && zeroEven > pairs / 10 && zeroEven > 4 * zeroOdd) {
      return Detected.certain(
          StandardCharsets.UTF_16BE,
          0,
          "UTF-16BE by the zero bytes of its first " + b.length + " bytes (no byte-order mark)");
    }
    return null;
  }

  /**
   * Classes every line of {@code in}; see the class comment for the rule. The lines are classed a
   * block at a time in one pass over the bytes ({@link LineCounts}): a decoder call per line cost
   * more than half a second for a million lines, before the first row could be read.
   */
  private static Detected byLines(InputStream in) throws IOException {
    LineCounts counts = LineCounts.of(in);
    long ascii = counts.ascii();
    long utf8 = counts.utf8();
    long other = counts.other();
    List<Long> firstUtf8 = counts.firstUtf8();
    List<Long> firstOther = counts.firstOther();
    if (other == 0) {
      String why =
          utf8 == 0
              ? "UTF-8 assumed: all " + ascii + " lines are plain ASCII, the same in every encoding"
              : "UTF-8: all "
                  + utf8
                  + " lines with letters beyond ASCII are valid UTF-8 (whole file read)";
      return Detected.certain(StandardCharsets.UTF_8, 0, why);
    }
    if (utf8 == 0) {
      return Detected.certain(
          WINDOWS_1256,
          0,
          "windows-1256: all "
              + other
              + " lines with letters beyond ASCII are not UTF-8 (whole file read)");
    }
    boolean mostlyUtf8 = utf8 >= other;
    Charset main = mostlyUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1256;
    long odd = mostlyUtf8 ? other : utf8;
    List<Long> oddLines = mostlyUtf8 ? firstOther : firstUtf8;
    String why =
        "mixed: "
            + utf8
            + " lines are UTF-8 and "
            + other
            + " lines are windows-1256 (whole file read);"
            + " each line is decoded in its own encoding, the "
            + odd
            + " in "
            + (mostlyUtf8 ? "windows-1256" : "UTF-8")
            + " are warned about (lines "
            + describe(odd, oddLines)
            + ")";
    return new Detected(main, 0, true, odd, oddLines, why);
  }

  /** "3, 17" or "3, 17, … (42 in all)". */
  static String describe(long count, List<Long> first) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < first.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(String.format("%,d", first.get(i)));
    }
    if (count > first.size()) {
      sb.append(", … (").append(String.format("%,d", count)).append(" in all)");
    }
    return sb.toString();
  }

  /** How one line's bytes read. */
  enum LineClass {
    ASCII,
    UTF8,
    OTHER
  }

  static LineClass classify(byte[] b, int length) {
    return Utf8Lines.classify(b, length);
  }
}
