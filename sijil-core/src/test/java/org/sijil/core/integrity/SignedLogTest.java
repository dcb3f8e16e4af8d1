package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade the register calls: entries in, checkpoint and receipts out, verified offline. */
class SignedLogTest {

  @Test
  void entriesGetReceiptsThatVerifyWithThePublicKeyAlone() {
    NoteSigner key =
        NoteSigner.generate("sijil.example/log", SignatureType.ED25519, new SecureRandom());
    SignedLog signed = new SignedLog(TransparencyLog.inMemory(), key);
    Instant t = Instant.parse("2026-12-04T21:00:00Z");
    LogEntry first = new LogEntry.UserChange(t, "admin", "amal", "added role=analyst");
    LogEntry second = new LogEntry.Removal(t, "amal", "synthetic-7", "duplicate row");
    assertEquals(0, signed.append(first));
    assertEquals(1, signed.appendAll(List.of(second, first)));
    SignedNote cp = signed.checkpoint();
    TlogProof receipt = signed.receipt(1, second.encode(), cp);
    String text = receipt.format();
    assertEquals(
        3, TlogProof.parse(text).verifyEntry(NoteVerifier.parse(signed.verifier().text())).size());
    assertEquals(second, EntryCodec.decode(TlogProof.parse(text).extra()));
    assertThrows(IllegalArgumentException.class, () -> signed.receipt(1, first.encode(), cp));
    NoteSigner witness = NoteSigner.generate("w", SignatureType.COSIGNATURE_V1, new SecureRandom());
    assertThrows(
        IllegalArgumentException.class, () -> new SignedLog(TransparencyLog.inMemory(), witness));
  }
}
