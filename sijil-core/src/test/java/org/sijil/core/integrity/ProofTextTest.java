package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The C2SP tlog-proof text line by line and each verification step's refusal, and the
 * tlog-cosignature timestamp rules. Keys are fixed synthetic seeds.
 */
class ProofTextTest {

  private static final String ORIGIN = "sijil.example/log";
  private static final NoteSigner LOG_KEY = NoteSigner.of(ORIGIN, SignatureType.ED25519, seed(1));
  private static final NoteSigner WITNESS =
      NoteSigner.of("witness.example/w", SignatureType.COSIGNATURE_V1, seed(2));

  private static byte[] seed(int b) {
    byte[] s = new byte[32];
    s[0] = (byte) b;
    return s;
  }

  private static TransparencyLog log(int n) {
    TransparencyLog log = TransparencyLog.inMemory();
    for (int i = 0; i < n; i++) {
      log.append(("e" + i).getBytes());
    }
    return log;
  }

  private static SignedNote checkpoint(TransparencyLog log, String origin, NoteSigner key) {
    return new Checkpoint(origin, log.size(), log.root()).sign(key);
  }

  private static String error(Runnable r) {
    return assertThrows(NoteException.class, r::run).getMessage();
  }

  @Test
  void theProofTextIsTheSpecsLayout() {
    TransparencyLog log = log(3);
    SignedNote cp = checkpoint(log, ORIGIN, LOG_KEY);
    TlogProof p = TlogProof.receipt(log, 2, "e2".getBytes(), cp);
    // size 3, leaf 2: one sibling, the root of leaves 0 and 1
    String text = p.format();
    assertEquals(
        "c2sp.org/tlog-proof@v1\nextra ZTI=\nindex 2\n"
            + Base64Text.encode(log.root(2))
            + "\n\n"
            + cp.format(),
        text);
    TlogProof back = TlogProof.parse(text);
    assertArrayEquals("e2".getBytes(), back.extra());
    assertEquals(2, back.index());
    assertEquals(3, back.verifyEntry(LOG_KEY.verifier()).size());
    TlogProof bare = new TlogProof(null, 0, List.of(), checkpoint(log(1), ORIGIN, LOG_KEY));
    assertEquals("c2sp.org/tlog-proof@v1\nindex 0\n\n", bare.format().substring(0, 32));
    assertNull(TlogProof.parse(bare.format()).extra());
    assertEquals(
        "proof carries no entry (no extra line)",
        error(() -> bare.verifyEntry(LOG_KEY.verifier())));
    assertEquals(1, bare.verify(log(1).leafHash(0), LOG_KEY.verifier()).size());
  }

  @Test
  void aMalformedProofNamesItsLine() {
    String cp = checkpoint(log(1), ORIGIN, LOG_KEY).format();
    assertEquals(
        "proof has no blank line before its checkpoint",
        error(() -> TlogProof.parse("c2sp.org/tlog-proof@v1\nindex 0\n")));
    assertEquals(
        "line 1 is not c2sp.org/tlog-proof@v1",
        error(() -> TlogProof.parse("x\nindex 0\n\n" + cp)));
    assertEquals(
        "line 2 is not 'index N'",
        error(() -> TlogProof.parse("c2sp.org/tlog-proof@v1\nindex 01\n\n" + cp)));
    assertEquals(
        "line 3 is not 'index N'",
        error(() -> TlogProof.parse("c2sp.org/tlog-proof@v1\nextra AA==\n\n" + cp)));
    assertEquals(
        "line 2 is not base64",
        error(() -> TlogProof.parse("c2sp.org/tlog-proof@v1\nextra AB==\nindex 0\n\n" + cp)));
    assertEquals(
        "line 3 is not a 32-byte hash",
        error(() -> TlogProof.parse("c2sp.org/tlog-proof@v1\nindex 0\nAAAA\n\n" + cp)));
    assertEquals(
        "line 3 is not base64",
        error(() -> TlogProof.parse("c2sp.org/tlog-proof@v1\nindex 0\n!\n\n" + cp)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TlogProof(null, -1, List.of(), checkpoint(log(1), ORIGIN, LOG_KEY)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TlogProof(null, 0, List.of(new byte[31]), checkpoint(log(1), ORIGIN, LOG_KEY)));
  }

  @Test
  void verificationRefusesAnotherOriginAnIndexBeyondTheSizeAndAWrongPath() {
    TransparencyLog log = log(4);
    NoteSigner otherLog = NoteSigner.of("other.example/log", SignatureType.ED25519, seed(3));
    SignedNote foreign = checkpoint(log, ORIGIN, otherLog);
    TlogProof p = new TlogProof("e1".getBytes(), 1, log.inclusionProof(1, 4), foreign);
    assertEquals(
        "checkpoint origin sijil.example/log is not the key's log other.example/log",
        error(() -> p.verifyEntry(otherLog.verifier())));
    SignedNote cp = checkpoint(log, ORIGIN, LOG_KEY);
    TlogProof beyond = new TlogProof("e4".getBytes(), 4, log.inclusionProof(1, 4), cp);
    assertEquals(
        "entry 4 is beyond the checkpoint's size 4",
        error(() -> beyond.verifyEntry(LOG_KEY.verifier())));
    TlogProof wrong = new TlogProof("e2".getBytes(), 1, log.inclusionProof(1, 4), cp);
    assertEquals(
        "inclusion proof of entry 1 does not lead to the root of checkpoint sijil.example/log at size 4",
        error(() -> wrong.verifyEntry(LOG_KEY.verifier())));
    TlogProof shortPath =
        new TlogProof("e1".getBytes(), 1, log.inclusionProof(1, 4).subList(0, 1), cp);
    assertTrue(
        error(() -> shortPath.verifyEntry(LOG_KEY.verifier())).startsWith("inclusion proof"));
    assertEquals(
        4,
        new TlogProof("e1".getBytes(), 1, log.inclusionProof(1, 4), cp)
            .verifyEntry(LOG_KEY.verifier())
            .size());
  }

  @Test
  void aCosignatureIsAnEightByteTimestampThenTheSignature() {
    String text = checkpoint(log(2), ORIGIN, LOG_KEY).text();
    SignedNote.Line line = Cosignatures.cosign(WITNESS, text, 0);
    byte[] sig = line.signature();
    assertEquals(8 + 64, sig.length);
    assertEquals(0, ByteBuffer.wrap(sig).getLong());
    assertEquals(0, Cosignatures.timestamp(sig));
    byte[] key = WITNESS.verifier().publicKey();
    assertTrue(Cosignatures.verify(key, text, sig));
    assertFalse(Cosignatures.verify(key, text + "x\n", sig));
    byte[] later = sig.clone();
    later[7] = 1; // another time than the one signed
    assertFalse(Cosignatures.verify(key, text, later));
    byte[] negative = sig.clone();
    negative[0] = (byte) 0x80;
    assertFalse(Cosignatures.verify(key, text, negative));
    assertFalse(Cosignatures.verify(key, text, java.util.Arrays.copyOf(sig, 71)));
    assertEquals("cosignature is not 72 bytes", error(() -> Cosignatures.timestamp(new byte[64])));
    assertThrows(IllegalArgumentException.class, () -> Cosignatures.cosign(WITNESS, text, -1));
    assertThrows(IllegalArgumentException.class, () -> Cosignatures.message(text, -1));
    assertEquals(
        "cosignatures need a witness key of type 0x04",
        assertThrows(IllegalArgumentException.class, () -> Cosignatures.cosign(LOG_KEY, text, 1))
            .getMessage());
  }
}
