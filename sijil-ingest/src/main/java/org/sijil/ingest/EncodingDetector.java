package org.sijil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the text encoding of a list file from its first 64 KiB: a byte-order mark (UTF-8, UTF-16
 * LE/BE), else UTF-16 without BOM by its zero bytes, else UTF-8 when the sample is valid UTF-8, else
 * Windows-1256 (the Arabic code page the older lists use).
 */
final class EncodingDetector {

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final int SAMPLE = 64 * 1024;

  /** Detected encoding and how many leading bytes (the BOM) to skip. */
  record Detected(Charset charset, int bomLength) {}

  private EncodingDetector() {}

  static Detected detect(Path file) throws IOException {
    byte[] b;
    try (InputStream in = Files.newInputStream(file)) {
      b = in.readNBytes(SAMPLE);
    }
    return detect(b);
  }

  static Detected detect(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
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
      return new Detected(StandardCharsets.UTF_16LE, 0);
    }
    if (pairs > 0 && zeroEven > pairs / 10 && zeroEven > 4 * zeroOdd) {
      return new Detected(StandardCharsets.UTF_16BE, 0);
    }
    return new Detected(isUtf8(b, b.length == SAMPLE) ? StandardCharsets.UTF_8 : WINDOWS_1256, 0);
  }

  /** True when {@code b} decodes as UTF-8; a sequence cut off at the end of a partial sample is fine. */
  static boolean isUtf8(byte[] b, boolean truncated) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(b.length + 1);
    CoderResult r = d.decode(in, out, !truncated);
    if (r.isError()) {
      return false;
    }
    return truncated ? in.remaining() < 4 : !in.hasRemaining();
  }
}
