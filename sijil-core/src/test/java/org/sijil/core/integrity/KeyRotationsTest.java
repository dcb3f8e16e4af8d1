package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chain of key rotations leads from a trusted key to the current one; a forged one does not. */
class KeyRotationsTest {

  static final String ORIGIN = "sijil.example/rotating-log";
  static final Instant T = Instant.parse("2026-12-05T00:00:00Z");
  final SecureRandom random = new SecureRandom();
  final NoteSigner k0 = NoteSigner.generate(ORIGIN, SignatureType.ED25519, random);
  final NoteSigner k1 = NoteSigner.generate(ORIGIN, SignatureType.ED25519, random);
  final NoteSigner k2 = NoteSigner.generate(ORIGIN, SignatureType.ED25519, random);
  final TransparencyLog log = TransparencyLog.inMemory();

  /** Logs the rotation from {@code old} to {@code next}; its receipt signed by {@code signer}. */
  TlogProof rotate(NoteSigner old, NoteSigner next, NoteSigner signer, String change) {
    log.append(new LogEntry.KeyChange(T, "admin", old.verifier().text(), "retired").encode());
    byte[] entry = new LogEntry.KeyChange(T, "admin", next.verifier().text(), change).encode();
    long index = log.append(entry);
    SignedNote cp = new SignedLog(log, signer).checkpoint();
    return TlogProof.receipt(log, index, entry, cp);
  }

  @Test
  void aGoodChainLeadsFromTheFirstKeyToTheLast() {
    log.append("an import".getBytes());
    List<TlogProof> chain = new ArrayList<>();
    chain.add(rotate(k0, k1, k0, KeyRotations.ROTATED_IN));
    log.append("another import".getBytes());
    chain.add(rotate(k1, k2, k1, KeyRotations.ROTATED_IN));
    String text = KeyRotations.format(chain);
    assertTrue(text.startsWith(KeyRotations.HEADER + "\nreceipt "), text);
    List<TlogProof> parsed = KeyRotations.parse(text);
    assertEquals(k2.verifier(), KeyRotations.follow(k0.verifier(), parsed));
    assertEquals(k2.verifier(), KeyRotations.follow(k1.verifier(), parsed.subList(1, 2)));
    assertEquals(k0.verifier(), KeyRotations.follow(k0.verifier(), List.of()));
    assertEquals(KeyRotations.format(chain), KeyRotations.format(parsed));
  }

  @Test
  void aForgedChainIsRefusedNamingTheRotation() {
    NoteSigner forger = NoteSigner.generate(ORIGIN, SignatureType.ED25519, random);
    // The forger holds a key of the same name, but not k0: its handover is not signed by k0.
    List<TlogProof> forged = List.of(rotate(k0, forger, forger, KeyRotations.ROTATED_IN));
    NoteException e =
        assertThrows(NoteException.class, () -> KeyRotations.follow(k0.verifier(), forged));
    assertTrue(e.getMessage().startsWith("rotation 1 (entry 1): "), e.getMessage());

    // A good first rotation, then one the new key did not sign.
    List<TlogProof> second =
        List.of(
            rotate(k0, k1, k0, KeyRotations.ROTATED_IN),
            rotate(k1, forger, k0, KeyRotations.ROTATED_IN));
    e = assertThrows(NoteException.class, () -> KeyRotations.follow(k0.verifier(), second));
    assertTrue(e.getMessage().startsWith("rotation 2 "), e.getMessage());

    // Signed by the right key, but the entry is not a rotation.
    List<TlogProof> notRotation = List.of(rotate(k0, k1, k0, "generated"));
    e = assertThrows(NoteException.class, () -> KeyRotations.follow(k0.verifier(), notRotation));
    assertTrue(e.getMessage().contains("not a key rotation"), e.getMessage());

    // A key of another name cannot take over the log.
    NoteSigner other = NoteSigner.generate("other.example/log", SignatureType.ED25519, random);
    List<TlogProof> renamed = List.of(rotate(k0, other, k0, KeyRotations.ROTATED_IN));
    e = assertThrows(NoteException.class, () -> KeyRotations.follow(k0.verifier(), renamed));
    assertTrue(e.getMessage().contains("is not a log key of " + ORIGIN), e.getMessage());
  }

  @Test
  void aChangedByteOfTheChainFails() {
    String text = KeyRotations.format(List.of(rotate(k0, k1, k0, KeyRotations.ROTATED_IN)));
    int failures = 0;
    for (int at = 0; at < text.length(); at += 7) {
      char c = text.charAt(at);
      String bad = text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1);
      try {
        KeyRotations.follow(k0.verifier(), KeyRotations.parse(bad));
      } catch (NoteException | IllegalArgumentException e) {
        failures++;
      }
    }
    assertEquals((text.length() + 6) / 7, failures);
  }
}
