package org.sijil.app.integrity;

import java.util.HexFormat;
import java.util.Optional;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.Register;

/**
 * Use case: the stamp that names a published snapshot of the register by its integrity log: the
 * log's size and the first {@value #ROOT_HEX_DIGITS} hex digits of its root, e.g. {@code
 * 42-3f9ab1c2d4e5}. Anyone can compare it with the signed checkpoint ({@code /log/checkpoint} gives
 * the same size and the root in base64), so a download's name says which state of the log it comes
 * from. Empty while the log is (a register made before the log, or never written).
 */
public final class LogStamp {

  /** Hex digits of the root kept in the stamp: 48 bits, enough to tell snapshots apart. */
  public static final int ROOT_HEX_DIGITS = 12;

  private LogStamp() {}

  /** The stamp of {@code reg}'s log as it is now; empty when the log holds no entry. */
  public static Optional<String> of(Register reg) {
    TransparencyLog log = TransparencyLog.open(reg.integrity().hashes());
    long size = log.size();
    if (size == 0) {
      return Optional.empty();
    }
    return Optional.of(format(size, log.root()));
  }

  /** {@code SIZE-HEX}: the size, then the root's first {@value #ROOT_HEX_DIGITS} hex digits. */
  public static String format(long size, byte[] root) {
    if (size <= 0 || root == null || root.length * 2 < ROOT_HEX_DIGITS) {
      throw new IllegalArgumentException("a log stamp needs a size > 0 and a root hash");
    }
    return size + "-" + HexFormat.of().formatHex(root, 0, ROOT_HEX_DIGITS / 2);
  }
}
