package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** tlog-proof receipts, tlog-cosignature and the witness's refusal of forks and rollbacks. */
class ReceiptsAndWitnessTest {

  static final String ORIGIN = "sijil.example/test-log";
  final NoteSigner logKey = NoteSigner.generate(ORIGIN, SignatureType.ED25519, new SecureRandom());
  final NoteSigner witnessKey =
      NoteSigner.generate("witness.example/w1", SignatureType.COSIGNATURE_V1, new SecureRandom());

  TransparencyLog log(int n, String salt) {
    TransparencyLog log = TransparencyLog.inMemory();
    for (int i = 0; i < n; i++) {
      log.append((salt + i).getBytes());
    }
    return log;
  }

  SignedNote checkpoint(TransparencyLog log, long size) {
    return new Checkpoint(ORIGIN, size, log.root(size)).sign(logKey);
  }

  @Test
  void aReceiptVerifiesOfflineAndAnyFlippedByteFails() {
    TransparencyLog log = log(1000, "e");
    TlogProof receipt = TlogProof.receipt(log, 417, "e417".getBytes(), checkpoint(log, 1000));
    String text = receipt.format();
    Checkpoint c = TlogProof.parse(text).verifyEntry(logKey.verifier());
    assertEquals(1000, c.size());
    for (int i = 0; i < text.length(); i++) {
      char[] chars = text.toCharArray();
      chars[i] = chars[i] == 'A' ? 'B' : 'A';
      String bad = new String(chars);
      if (!bad.equals(text)) {
        assertThrows(
            RuntimeException.class,
            () -> TlogProof.parse(bad).verifyEntry(logKey.verifier()),
            "flip at " + i);
      }
    }
  }

  @Test
  void base64IsDecodedOnlyInItsCanonicalForm() {
    assertEquals(1, Base64Text.decode("AA==").length);
    assertThrows(IllegalArgumentException.class, () -> Base64Text.decode("AB=="));
    assertThrows(IllegalArgumentException.class, () -> Base64Text.decode("AA"));
  }

  @Test
  void aCosignatureVerifiesWithTheWitnessKeyAndCarriesItsTime() {
    TransparencyLog log = log(10, "e");
    SignedNote note = checkpoint(log, 10);
    SignedNote.Line line = Cosignatures.cosign(witnessKey, note.text(), 1_700_000_000L);
    SignedNote cosigned = SignedNote.parse(note.with(line).format());
    assertEquals(
        List.of(logKey.verifier(), witnessKey.verifier()),
        cosigned.verify(List.of(logKey.verifier(), witnessKey.verifier())));
    assertEquals(
        1_700_000_000L,
        Cosignatures.timestamp(cosigned.signatureBy(witnessKey.verifier()).signature()));
    assertEquals(
        "cosignature/v1\ntime 1700000000\n" + note.text(),
        new String(Cosignatures.message(note.text(), 1_700_000_000L)));
  }

  @Test
  void theWitnessCosignsGrowthAndRefusesForksAndRollbacks() {
    Witness w = new Witness(witnessKey, List.of(logKey.verifier()), Map.of());
    TransparencyLog log = log(100, "e");
    w.cosign(checkpoint(log, 40), 0, List.of(), 1);
    w.cosign(checkpoint(log, 100), 40, log.consistencyProof(40, 100), 2);
    assertEquals(100, w.latest(ORIGIN).orElseThrow().size());

    TransparencyLog fork = log(120, "f");
    Witness.Refusal r =
        assertThrows(
            Witness.Refusal.class,
            () -> w.cosign(checkpoint(fork, 120), 100, fork.consistencyProof(100, 120), 3));
    assertEquals(Witness.Refusal.Kind.FORK, r.kind());
    r =
        assertThrows(
            Witness.Refusal.class, () -> w.cosign(checkpoint(fork, 100), 100, List.of(), 3));
    assertEquals(Witness.Refusal.Kind.FORK, r.kind());
    r = assertThrows(Witness.Refusal.class, () -> w.cosign(checkpoint(log, 50), 100, List.of(), 3));
    assertEquals(Witness.Refusal.Kind.ROLLBACK, r.kind());
    assertEquals(400, r.kind().httpStatus());
    r = assertThrows(Witness.Refusal.class, () -> w.cosign(checkpoint(log, 100), 40, List.of(), 3));
    assertEquals(Witness.Refusal.Kind.STALE_OLD_SIZE, r.kind());
    NoteSigner impostor = NoteSigner.generate(ORIGIN, SignatureType.ED25519, new SecureRandom());
    r =
        assertThrows(
            Witness.Refusal.class,
            () ->
                w.cosign(
                    new Checkpoint(ORIGIN, 100, log.root(100)).sign(impostor), 100, List.of(), 3));
    assertEquals(Witness.Refusal.Kind.BAD_SIGNATURE, r.kind());
    assertEquals(100, w.latest(ORIGIN).orElseThrow().size());
  }

  @Test
  void checkpointsRoundTripAndRejectMalformedLines() {
    TransparencyLog log = log(3, "e");
    Checkpoint c = new Checkpoint(ORIGIN, 3, log.root(), List.of("ext"));
    assertEquals(c.body(), Checkpoint.parse(c.body()).body());
    assertThrows(NoteException.class, () -> Checkpoint.parse(ORIGIN + "\n03\nAAAA\n"));
    assertThrows(NoteException.class, () -> Checkpoint.parse(ORIGIN + "\n3\n"));
  }
}
