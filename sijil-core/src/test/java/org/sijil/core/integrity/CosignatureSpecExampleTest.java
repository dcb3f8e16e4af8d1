package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The C2SP tlog-cosignature specification's example, checked as far as it can be. Its witness
 * signature cannot be verified by anyone: the witness's public key is not published (only its
 * SHA-256, in the Sigsum proposal the example was taken from), and the 64 signature bytes are those
 * of that proposal's example cosignature, made over a different checkpoint (origin {@code
 * 5+z2zyuR…}, size 15368405) in Sigsum's earlier SSH-signature format. What the example does fix is
 * checked here byte for byte: the note's layout, the signature line's layout (4-byte key ID, 8-byte
 * big-endian timestamp, 64-byte Ed25519 signature) and the message a v1 cosigner signs.
 */
class CosignatureSpecExampleTest {

  static final String CHECKPOINT =
      "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

  static final String EXAMPLE =
      CHECKPOINT
          + "\n"
          + "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5"
          + "/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
          + "— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlr"
          + "DJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";

  /** The spec's example of the signed message, for timestamp 1679315147. */
  static final String MESSAGE = "cosignature/v1\ntime 1679315147\n" + CHECKPOINT;

  /** The witness key's SHA-256 as the Sigsum proposal gives it (its "key hash"). */
  static final String SIGSUM_KEY_HASH =
      "8d66cf3f869cb590f3fae56f393eea09dd8575bf06e2a70673d8f0874c36e620";

  /** The Sigsum proposal's example cosignature (over its own checkpoint). */
  static final String SIGSUM_SIGNATURE =
      "119307c1245a24d8880e87bd0d89ffcd772bb4f1dea25308e4e59712164207d7"
          + "65ac326c5f76f6a328a7d673d9aa17f99cda34c547be99b2140640487d9faa9c";

  @Test
  void theExampleParsesAndItsCosignatureLineHasTheV1Layout() {
    SignedNote note = SignedNote.parse(EXAMPLE);
    assertEquals(CHECKPOINT, note.text());
    assertEquals(2, note.signatures().size());
    assertEquals(EXAMPLE, note.format());

    SignedNote.Line witness = note.signatures().get(1);
    assertEquals("witness.example.com/w1", witness.keyName());
    byte[] body = witness.signature();
    assertEquals(8 + 64, body.length);
    assertEquals(1679315147L, Cosignatures.timestamp(body));
    // The key ID is the first 4 bytes of the key's Sigsum hash, not of the v1 key ID's input.
    byte[] keyHash = HexFormat.of().parseHex(SIGSUM_KEY_HASH);
    assertEquals(
        ((keyHash[0] & 0xff) << 24)
            | ((keyHash[1] & 0xff) << 16)
            | ((keyHash[2] & 0xff) << 8)
            | (keyHash[3] & 0xff),
        witness.keyId());
    // The signature is the Sigsum example's, made over another checkpoint: unverifiable here.
    assertArrayEquals(
        HexFormat.of().parseHex(SIGSUM_SIGNATURE), Arrays.copyOfRange(body, 8, body.length));
  }

  @Test
  void theMessageACosignerSignsIsTheSpecsExampleByteForByte() {
    assertArrayEquals(
        MESSAGE.getBytes(StandardCharsets.UTF_8), Cosignatures.message(CHECKPOINT, 1679315147L));
  }
}
