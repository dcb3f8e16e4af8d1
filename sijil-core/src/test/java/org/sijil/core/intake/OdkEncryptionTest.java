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
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ODK encryption: what a device encrypts, the form's private key opens, file by file, in order. */
class OdkEncryptionTest {

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  @Test
  void filesDecryptInTheirOrderAndTheSignatureMatches() throws Exception {
    KeyPair form = rsa();
    byte[] aes = new byte[32];
    Arrays.fill(aes, (byte) 7);
    String instance = "uuid:test-1";
    byte[] media = "artificial media bytes".getBytes(StandardCharsets.UTF_8);
    byte[] xml = "<data><name_en>Testname</name_en></data>".getBytes(StandardCharsets.UTF_8);
    OdkEncryption device = OdkEncryption.create(instance, aes);
    byte[] encMedia = device.encryptNext(media);
    byte[] encXml = device.encryptNext(xml);
    String key = OdkEncryption.wrapKey(aes, form.getPublic());
    List<String> lines =
        List.of(
            OdkEncryption.fileLine("a.jpg", media), OdkEncryption.fileLine("submission.xml", xml));
    String source = OdkEncryption.signatureSource("test_form", "3", key, instance, lines);
    String signature = OdkEncryption.sign(source, form.getPublic());

    OdkEncryption opened = OdkEncryption.open(instance, key, form.getPrivate());
    assertArrayEquals(media, opened.decryptNext(encMedia));
    assertArrayEquals(xml, opened.decryptNext(encXml));
    assertTrue(OdkEncryption.signatureMatches(signature, source, form.getPrivate()));
    assertFalse(OdkEncryption.signatureMatches(signature, source + "x", form.getPrivate()));
    assertEquals(
        "test_form\n3\n" + key + "\n" + instance + "\n" + lines.get(0) + "\n" + lines.get(1) + "\n",
        source);
    // the IV changes from file to file: the XML out of order does not decrypt to itself
    OdkEncryption skipped = OdkEncryption.open(instance, key, form.getPrivate());
    byte[] wrong;
    try {
      wrong = skipped.decryptNext(encXml);
    } catch (GeneralSecurityException e) {
      wrong = new byte[0];
    }
    assertFalse(Arrays.equals(xml, wrong));
    assertThrows(
        GeneralSecurityException.class,
        () -> OdkEncryption.open(instance, key, rsa().getPrivate()),
        "another form's key does not open it");
  }

  @Test
  void privateKeysAreReadAsPkcs8OrPkcs1Pem() throws Exception {
    KeyPair form = rsa();
    byte[] pkcs8 = form.getPrivate().getEncoded();
    String pem8 =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pkcs8)
            + "\n-----END PRIVATE KEY-----\n";
    assertEquals(form.getPrivate(), OdkEncryption.parsePrivate(pem8));
    // PKCS#1 is the OCTET STRING inside PKCS#8: for a 2048-bit key it starts at byte 26
    byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
    assertEquals(0x30, pkcs1[0]);
    String pem1 =
        "-----BEGIN RSA PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pkcs1)
            + "\n-----END RSA PRIVATE KEY-----\n";
    assertEquals(form.getPrivate(), OdkEncryption.parsePrivate(pem1));
    assertThrows(IllegalArgumentException.class, () -> OdkEncryption.parsePrivate("not a key"));
  }
}
