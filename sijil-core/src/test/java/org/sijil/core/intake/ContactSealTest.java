package org.sijil.core.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;

/** The sealed contact's layout, the batch sealer, key texts and every way opening fails. */
class ContactSealTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final KeyPair PAIR = ContactSeal.generate(RANDOM);

  /** RSA-3072 wraps into 384 bytes; a 12-byte nonce; the GCM tag adds 16 bytes. */
  private static final int WRAPPED = 384;

  private static byte[] body(String sealed) {
    return Base64.getDecoder().decode(sealed.substring(ContactSeal.PREFIX.length()));
  }

  @Test
  void sealedTextIsTheWrappedKeyTheNonceAndTheCiphertextWithItsTag() throws Exception {
    String contact = "تواصل تجريبي +000";
    String sealed = ContactSeal.seal(contact, PAIR.getPublic(), RANDOM);
    assertTrue(sealed.startsWith("sealed:v1:"));
    assertEquals(
        WRAPPED + 12 + contact.getBytes(StandardCharsets.UTF_8).length + 16, body(sealed).length);
    assertEquals(contact, ContactSeal.open(sealed, PAIR.getPrivate()));
    // the wrapped key is RSA-OAEP (SHA-256, MGF1-SHA-256) of a 256-bit AES key
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
    rsa.init(
        Cipher.DECRYPT_MODE,
        PAIR.getPrivate(),
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    assertEquals(32, rsa.doFinal(body(sealed), 0, WRAPPED).length);
  }

  @Test
  void aSealerWrapsItsKeyOnceAndUsesAFreshNoncePerContact() {
    ContactSeal.Sealer sealer = ContactSeal.sealer(PAIR.getPublic(), RANDOM);
    String one = sealer.seal("test contact one");
    String two = sealer.seal("test contact one");
    assertNotEquals(one, two);
    byte[] a = body(one);
    byte[] b = body(two);
    assertArrayEquals(Arrays.copyOf(a, WRAPPED), Arrays.copyOf(b, WRAPPED));
    assertFalse(
        Arrays.equals(
            Arrays.copyOfRange(a, WRAPPED, WRAPPED + 12),
            Arrays.copyOfRange(b, WRAPPED, WRAPPED + 12)));
    assertEquals("test contact one", ContactSeal.open(two, PAIR.getPrivate()));
    assertSame(one, sealer.seal(one), "sealed text passes through");
    assertEquals("", ContactSeal.open(sealer.seal(""), PAIR.getPrivate()));
  }

  @Test
  void alteredOrForeignSealedTextDoesNotOpen() {
    String sealed = ContactSeal.seal("test contact", PAIR.getPublic(), RANDOM);
    byte[] all = body(sealed);
    all[all.length - 1] ^= 1;
    String altered = ContactSeal.PREFIX + Base64.getEncoder().encodeToString(all);
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> ContactSeal.open(altered, PAIR.getPrivate()))
            .getMessage()
            .startsWith("cannot open the sealed contact: "));
    String cut = sealed.substring(0, ContactSeal.PREFIX.length() + 100);
    assertThrows(IllegalArgumentException.class, () -> ContactSeal.open(cut, PAIR.getPrivate()));
    assertEquals(
        "not sealed contact text",
        assertThrows(
                IllegalArgumentException.class,
                () -> ContactSeal.open("test contact", PAIR.getPrivate()))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ContactSeal.open(null, PAIR.getPrivate()));
    assertFalse(ContactSeal.isSealed(null));
    assertFalse(ContactSeal.isSealed("sealed:v2:abc"));
  }

  @Test
  void keyTextsReadBackAndOtherTextIsRefusedNamingTheKey() {
    assertEquals(
        PAIR.getPublic(), ContactSeal.parsePublic(" " + ContactSeal.publicText(PAIR.getPublic())));
    assertEquals(
        PAIR.getPrivate(),
        ContactSeal.parsePrivate(ContactSeal.privateText(PAIR.getPrivate()) + "\n"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ContactSeal.parsePublic("not a key!"))
            .getMessage()
            .startsWith("not a contact public key: "));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ContactSeal.parsePrivate(ContactSeal.publicText(PAIR.getPublic())))
            .getMessage()
            .startsWith("not a contact private key: "));
  }

  @Test
  void aKeyThatIsNotRsaCannotSeal() throws Exception {
    KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ContactSeal.seal("test contact", ec.getPublic(), RANDOM))
            .getMessage()
            .startsWith("cannot seal with this key: "));
  }
}
