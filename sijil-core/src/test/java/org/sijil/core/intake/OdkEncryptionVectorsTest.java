package org.sijil.core.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ODK encryption against bytes computed outside Java: the IV is MD5(instance ID ‖ key) with byte
 * {@code n mod 16} incremented before file {@code n}, the files AES-256-CFB with PKCS#7 padding.
 * The expected ciphertexts come from {@code openssl enc -aes-256-cfb -nopad -K <key> -iv <iv>} over
 * the padded plaintext, with the IV computed by hand from {@code md5sum}.
 */
class OdkEncryptionVectorsTest {

  private static final String INSTANCE = "uuid:test-1";
  private static final HexFormat HEX = HexFormat.of();
  private static final KeyPair FORM = rsa();

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] key() {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) 7);
    return k;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void filesEncryptToTheBytesOpensslGivesForTheirIv() throws Exception {
    // IV0 = md5("uuid:test-1" ‖ 32×0x07) = 80dadcb6f427f8bb60876d75823aa045
    byte[] k = key();
    OdkEncryption device = OdkEncryption.create(INSTANCE, k);
    Arrays.fill(k, (byte) 0); // the key is copied: changing the caller's array changes nothing
    // file 0: IV0 with byte 0 + 1
    assertEquals(
        "4eff3fbc0396a32eb7ee6b5389e6362f6c9d659369bc164e37602dd8a22f5da2",
        HEX.formatHex(device.encryptNext(utf8("artificial media bytes"))));
    // file 1: and byte 1 + 1
    assertEquals(
        "bf873c40ed875fb4006aecb77e39022b", HEX.formatHex(device.encryptNext(utf8("<data/>"))));
    for (int n = 2; n < 16; n++) {
      device.encryptNext(new byte[0]);
    }
    // file 16: every byte + 1, then byte 0 once more = 82dbddb7f528f9bc61886e76833ba146
    assertEquals("cbedbcb3068b100e933bf922e86fe500", HEX.formatHex(device.encryptNext(utf8("x"))));
  }

  @Test
  void theFormKeyOpensTheWrappedKeyAndTheFilesInOrder() throws Exception {
    String wrapped = OdkEncryption.wrapKey(key(), FORM.getPublic());
    OdkEncryption opened = OdkEncryption.open(INSTANCE, "\n" + wrapped + "\n", FORM.getPrivate());
    assertArrayEquals(
        utf8("artificial media bytes"),
        opened.decryptNext(
            HEX.parseHex("4eff3fbc0396a32eb7ee6b5389e6362f6c9d659369bc164e37602dd8a22f5da2")));
    assertArrayEquals(
        utf8("<data/>"), opened.decryptNext(HEX.parseHex("bf873c40ed875fb4006aecb77e39022b")));
    OdkEncryption otherInstance = OdkEncryption.open("uuid:test-2", wrapped, FORM.getPrivate());
    byte[] wrong;
    try {
      wrong = otherInstance.decryptNext(HEX.parseHex("bf873c40ed875fb4006aecb77e39022b"));
    } catch (GeneralSecurityException e) {
      wrong = new byte[0];
    }
    assertFalse(Arrays.equals(utf8("<data/>"), wrong), "the instance ID is part of the IV");
  }

  @Test
  void aBadKeyIsRefused() throws Exception {
    assertThrows(
        IllegalArgumentException.class, () -> OdkEncryption.create(INSTANCE, new byte[16]));
    assertThrows(
        GeneralSecurityException.class,
        () -> OdkEncryption.open(INSTANCE, "not base64 !", FORM.getPrivate()));
    String shortKey = OdkEncryption.wrapKey(new byte[16], FORM.getPublic());
    assertEquals(
        "the submission key must be 32 bytes, got 16",
        assertThrows(
                IllegalArgumentException.class,
                () -> OdkEncryption.open(INSTANCE, shortKey, FORM.getPrivate()))
            .getMessage());
  }

  @Test
  void theSignatureSourceAndFileLinesFollowTheSpec() throws Exception {
    // md5sum of "<data/>"
    assertEquals(
        "submission.xml::9ea284d4e9f9b96b8351e9d325906800",
        OdkEncryption.fileLine("submission.xml", utf8("<data/>")));
    List<String> files = List.of("submission.xml::9ea284d4e9f9b96b8351e9d325906800");
    String noVersion =
        "form_a\nKEY\nuuid:test-1\nsubmission.xml::9ea284d4e9f9b96b8351e9d325906800\n";
    assertEquals(noVersion, OdkEncryption.signatureSource("form_a", null, "KEY", INSTANCE, files));
    assertEquals(noVersion, OdkEncryption.signatureSource("form_a", " ", "KEY", INSTANCE, files));
    assertEquals(
        "form_a\n2024010901\nKEY\nuuid:test-1\n",
        OdkEncryption.signatureSource("form_a", "2024010901", "KEY", INSTANCE, List.of()));
    String signature = OdkEncryption.sign(noVersion, FORM.getPublic());
    assertTrue(
        OdkEncryption.signatureMatches(" " + signature + "\n", noVersion, FORM.getPrivate()));
    assertFalse(OdkEncryption.signatureMatches(signature, noVersion, rsa().getPrivate()));
    assertFalse(OdkEncryption.signatureMatches("not base64 !", noVersion, FORM.getPrivate()));
    String md5OfOther = OdkEncryption.sign("other", FORM.getPublic());
    assertFalse(OdkEncryption.signatureMatches(md5OfOther, noVersion, FORM.getPrivate()));
  }
}
