package org.sijil.core.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a reporter's contact so that only the holder of the contact key's private half (the
 * register's administrators) can read it: a fresh AES-256-GCM key encrypts the text, and RSA-OAEP
 * (SHA-256, MGF1-SHA-256) with the contact public key wraps that key. JDK crypto only.
 *
 * <p>Sealed text: {@value #PREFIX} then base64 of (wrapped key ‖ 12-byte nonce ‖ ciphertext with
 * its 16-byte tag). The server stores only this; it never holds the private key.
 */
public final class ContactSeal {

  /** Marks sealed text. */
  public static final String PREFIX = "sealed:v1:";

  private static final int RSA_BITS = 3072;
  private static final int AES_BITS = 256;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String RSA = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";
  private static final OAEPParameterSpec OAEP =
      new OAEPParameterSpec(
          "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

  private ContactSeal() {}

  /** A new contact key pair. */
  public static KeyPair generate(SecureRandom random) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(RSA_BITS, random);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no RSA", e);
    }
  }

  /** Whether {@code text} is already sealed (a bundle may carry a sealed contact through). */
  public static boolean isSealed(String text) {
    return text != null && text.startsWith(PREFIX);
  }

  /** Seals {@code contact} for {@code key}; sealed text is returned as it is. */
  public static String seal(String contact, PublicKey key, SecureRandom random) {
    return sealer(key, random).seal(contact);
  }

  /**
   * A sealer for many contacts: one AES key, wrapped once, with a fresh random nonce per contact
   * (each sealed text still carries the wrapped key, so each opens on its own). One RSA operation
   * per batch instead of one per contact; a batch stays far below the 2^32 messages a random-nonce
   * GCM key allows.
   */
  public static Sealer sealer(PublicKey key, SecureRandom random) {
    try {
      KeyGenerator g = KeyGenerator.getInstance("AES");
      g.init(AES_BITS, random);
      SecretKey aes = g.generateKey();
      Cipher rsa = Cipher.getInstance(RSA);
      rsa.init(Cipher.ENCRYPT_MODE, key, OAEP, random);
      return new Sealer(aes, rsa.doFinal(aes.getEncoded()), random);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot seal with this key: " + e.getMessage(), e);
    }
  }

  /** Seals contacts under one wrapped AES key. Not thread-safe. */
  public static final class Sealer {
    private final SecretKey aes;
    private final byte[] wrapped;
    private final SecureRandom random;

    private Sealer(SecretKey aes, byte[] wrapped, SecureRandom random) {
      this.aes = aes;
      this.wrapped = wrapped;
      this.random = random;
    }

    /** The sealed text of {@code contact}; sealed text is returned as it is. */
    public String seal(String contact) {
      if (isSealed(contact)) {
        return contact;
      }
      try {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, nonce));
        byte[] body = c.doFinal(contact.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(wrapped.length + nonce.length + body.length);
        out.put(wrapped).put(nonce).put(body);
        return PREFIX + Base64.getEncoder().encodeToString(out.array());
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("cannot seal the contact: " + e.getMessage(), e);
      }
    }
  }

  /** Opens sealed text with the private key. */
  public static String open(String sealed, PrivateKey key) {
    if (!isSealed(sealed)) {
      throw new IllegalArgumentException("not sealed contact text");
    }
    try {
      byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      int wrappedLength = RSA_BITS / 8;
      Cipher rsa = Cipher.getInstance(RSA);
      rsa.init(Cipher.DECRYPT_MODE, key, OAEP);
      byte[] aes = rsa.doFinal(all, 0, wrappedLength);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(aes, "AES"),
          new GCMParameterSpec(TAG_BITS, all, wrappedLength, NONCE_BYTES));
      byte[] plain =
          c.doFinal(all, wrappedLength + NONCE_BYTES, all.length - wrappedLength - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("cannot open the sealed contact: " + e.getMessage(), e);
    }
  }

  /** The public key as base64 X.509 text (a {@code .pub} file). */
  public static String publicText(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** The private key as base64 PKCS#8 text (a {@code .key} file, for administrators only). */
  public static String privateText(PrivateKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** Reads {@link #publicText}. */
  public static PublicKey parsePublic(String text) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a contact public key: " + e.getMessage(), e);
    }
  }

  /** Reads {@link #privateText}. */
  public static PrivateKey parsePrivate(String text) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a contact private key: " + e.getMessage(), e);
    }
  }
}
