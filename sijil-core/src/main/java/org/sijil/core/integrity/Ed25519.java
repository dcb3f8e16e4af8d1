package org.sijil.core.integrity;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;

/**
 * Ed25519 (RFC 8032) through the JDK, on raw 32-byte seeds and 32-byte public keys, the forms the
 * signed-note key texts carry. RFC 8032 signing is deterministic, so a seed always yields the same
 * signature for the same message; that is what makes the Go test vector reproducible.
 */
final class Ed25519 {

  static final int SEED_SIZE = 32;
  static final int PUBLIC_KEY_SIZE = 32;
  static final int SIGNATURE_SIZE = 64;

  private static final String ALGORITHM = "Ed25519";

  /** RFC 8032 §5.1.2: the top bit of the last byte of an encoded point is the sign of x. */
  private static final int X_SIGN_BIT = 0x80;

  private Ed25519() {}

  static byte[] newSeed(SecureRandom random) {
    byte[] seed = new byte[SEED_SIZE];
    random.nextBytes(seed);
    return seed;
  }

  /**
   * RFC 8032 §5.1.5: the public key of a seed. The JDK derives it inside key pair generation from
   * the 32 random bytes it draws, so it is handed a source that yields exactly the seed.
   */
  static byte[] publicKey(byte[] seed) {
    requireLength(seed, SEED_SIZE, "Ed25519 seed");
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
      generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
      EdECPublicKey key = (EdECPublicKey) generator.generateKeyPair().getPublic();
      return encode(key.getPoint());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always provides " + ALGORITHM, e);
    }
  }

  /** RFC 8032 §5.1.6: the 64-byte signature of {@code message} by {@code seed}. */
  static byte[] sign(byte[] seed, byte[] message) {
    requireLength(seed, SEED_SIZE, "Ed25519 seed");
    try {
      PrivateKey key =
          KeyFactory.getInstance(ALGORITHM)
              .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(key);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
    }
  }

  /** RFC 8032 §5.1.7: false for a bad signature, a bad key encoding or a wrong length. */
  static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != PUBLIC_KEY_SIZE || signature.length != SIGNATURE_SIZE) {
      return false;
    }
    try {
      PublicKey key =
          KeyFactory.getInstance(ALGORITHM)
              .generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, decode(publicKey)));
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** RFC 8032 §5.1.2: y little-endian in 32 bytes, the sign of x in the top bit. */
  private static byte[] encode(EdECPoint point) {
    byte[] bigEndian = point.getY().toByteArray();
    byte[] out = new byte[PUBLIC_KEY_SIZE];
    for (int i = 0; i < Math.min(bigEndian.length, PUBLIC_KEY_SIZE); i++) {
      out[i] = bigEndian[bigEndian.length - 1 - i];
    }
    if (point.isXOdd()) {
      out[PUBLIC_KEY_SIZE - 1] |= (byte) X_SIGN_BIT;
    }
    return out;
  }

  private static EdECPoint decode(byte[] encoded) {
    byte[] bigEndian = new byte[PUBLIC_KEY_SIZE];
    for (int i = 0; i < PUBLIC_KEY_SIZE; i++) {
      bigEndian[i] = encoded[PUBLIC_KEY_SIZE - 1 - i];
    }
    boolean xOdd = (bigEndian[0] & X_SIGN_BIT) != 0;
    bigEndian[0] &= (byte) ~X_SIGN_BIT;
    return new EdECPoint(xOdd, new BigInteger(1, bigEndian));
  }

  static void requireLength(byte[] bytes, int length, String what) {
    if (bytes == null || bytes.length != length) {
      throw new IllegalArgumentException(
          what + " must be " + length + " bytes, not " + (bytes == null ? "null" : bytes.length));
    }
  }

  /** A random source that yields one fixed seed (only for deriving a public key). */
  private static final class FixedBytes extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    FixedBytes(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("expected a request for " + seed.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, bytes.length);
    }
  }
}
