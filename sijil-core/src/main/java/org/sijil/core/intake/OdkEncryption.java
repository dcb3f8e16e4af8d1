package org.sijil.core.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * ODK encrypted submissions (the ODK XForms encryption specification), with the JDK's crypto only.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Each submission has its own 256-bit AES key, encrypted with the form's RSA public key
 *       (RSA-OAEP with SHA-256 and MGF1 with SHA-256) as the manifest's {@code base64EncryptedKey}.
 *   <li>Its files are encrypted with AES/CFB/PKCS5Padding; the IV starts as the MD5 of the instance
 *       ID (UTF-8) followed by the AES key; before each file, byte {@code n mod 16} of the IV is
 *       incremented (wrapping) for the {@code n}-th file (from 0), so files are decrypted in their
 *       order: the media files as the manifest lists them, then the XML.
 *   <li>The element signature is the MD5 of its source, RSA-OAEP encrypted like the key; the source
 *       is one line each (LF-terminated): form ID, form version (when there is one), the encrypted
 *       key, the instance ID, then {@code NAME::MD5HEX} of each decrypted file in order.
 * </ul>
 */
public final class OdkEncryption {

  private static final String RSA = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding";
  private static final OAEPParameterSpec OAEP =
      new OAEPParameterSpec(
          "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
  private static final String AES = "AES/CFB/PKCS5Padding";
  private static final int IV_BYTES = 16;
  private static final int KEY_BYTES = 32;

  /** The DER prefix that wraps a PKCS#1 RSA private key as PKCS#8 (before the lengths). */
  private static final byte[] RSA_ALGORITHM_ID = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  private final SecretKeySpec key;
  private final byte[] iv;
  private int files;

  private OdkEncryption(String instanceId, byte[] aesKey) {
    if (aesKey.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "the submission key must be " + KEY_BYTES + " bytes, got " + aesKey.length);
    }
    this.key = new SecretKeySpec(aesKey, "AES");
    MessageDigest md5 = md5();
    md5.update(instanceId.getBytes(StandardCharsets.UTF_8));
    md5.update(aesKey);
    this.iv = Arrays.copyOf(md5.digest(), IV_BYTES);
  }

  /**
   * The files of the submission {@code instanceId} whose manifest holds {@code base64EncryptedKey},
   * opened with the form's private key.
   *
   * @throws GeneralSecurityException when the key does not decrypt (another form's key, or altered)
   */
  public static OdkEncryption open(String instanceId, String base64EncryptedKey, PrivateKey key)
      throws GeneralSecurityException {
    byte[] wrapped;
    try {
      wrapped = Base64.getMimeDecoder().decode(base64EncryptedKey.strip());
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("base64EncryptedKey is not base64", e);
    }
    return new OdkEncryption(instanceId, rsa(Cipher.DECRYPT_MODE, key, wrapped));
  }

  /** The files of a new submission encrypted with {@code aesKey} (devices; tests). */
  public static OdkEncryption create(String instanceId, byte[] aesKey) {
    return new OdkEncryption(instanceId, aesKey.clone());
  }

  /** Decrypts the next file. */
  public byte[] decryptNext(byte[] encrypted) throws GeneralSecurityException {
    return next(Cipher.DECRYPT_MODE, encrypted);
  }

  /** Encrypts the next file. */
  public byte[] encryptNext(byte[] plain) throws GeneralSecurityException {
    return next(Cipher.ENCRYPT_MODE, plain);
  }

  private byte[] next(int mode, byte[] data) throws GeneralSecurityException {
    iv[files % IV_BYTES]++;
    files++;
    Cipher c = Cipher.getInstance(AES);
    c.init(mode, key, new IvParameterSpec(iv.clone()));
    return c.doFinal(data);
  }

  /** {@code base64EncryptedKey} for {@code aesKey} under the form's public key. */
  public static String wrapKey(byte[] aesKey, PublicKey formKey) throws GeneralSecurityException {
    return Base64.getEncoder().encodeToString(rsa(Cipher.ENCRYPT_MODE, formKey, aesKey));
  }

  /** The element signature's source, by the rule above ({@code files}: NAME::MD5HEX lines). */
  public static String signatureSource(
      String formId,
      String version,
      String base64EncryptedKey,
      String instanceId,
      List<String> files) {
    StringBuilder s = new StringBuilder();
    s.append(formId).append('\n');
    if (version != null && !version.isBlank()) {
      s.append(version).append('\n');
    }
    s.append(base64EncryptedKey).append('\n').append(instanceId).append('\n');
    for (String f : files) {
      s.append(f).append('\n');
    }
    return s.toString();
  }

  /** {@code NAME::MD5HEX} of a decrypted file, a line of the signature's source. */
  public static String fileLine(String name, byte[] plain) {
    return name + "::" + HexFormat.of().formatHex(md5().digest(plain));
  }

  /** The base64 element signature of {@code source} under the form's public key. */
  public static String sign(String source, PublicKey formKey) throws GeneralSecurityException {
    byte[] digest = md5().digest(source.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(rsa(Cipher.ENCRYPT_MODE, formKey, digest));
  }

  /** Whether {@code base64Signature} is the signature of {@code source}. */
  public static boolean signatureMatches(String base64Signature, String source, PrivateKey key) {
    try {
      byte[] sent =
          rsa(Cipher.DECRYPT_MODE, key, Base64.getMimeDecoder().decode(base64Signature.strip()));
      return MessageDigest.isEqual(sent, md5().digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The form's RSA private key from PEM text: PKCS#8 ({@code BEGIN PRIVATE KEY}, what {@code
   * openssl genrsa} writes since OpenSSL 3) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, older ones).
   */
  public static PrivateKey parsePrivate(String pem) {
    boolean pkcs1 = pem.contains("BEGIN RSA PRIVATE KEY");
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(body);
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(pkcs1 ? pkcs8(der) : der));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an RSA private key in PEM: " + e.getMessage(), e);
    }
  }

  /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey: version 0, rsaEncryption, the key. */
  private static byte[] pkcs8(byte[] pkcs1) {
    byte[] octets = der(0x04, pkcs1);
    byte[] version = {0x02, 0x01, 0x00};
    byte[] inner = new byte[version.length + RSA_ALGORITHM_ID.length + octets.length];
    System.arraycopy(version, 0, inner, 0, version.length);
    System.arraycopy(RSA_ALGORITHM_ID, 0, inner, version.length, RSA_ALGORITHM_ID.length);
    System.arraycopy(octets, 0, inner, version.length + RSA_ALGORITHM_ID.length, octets.length);
    return der(0x30, inner);
  }

  private static byte[] der(int tag, byte[] content) {
    int n = content.length;
    byte[] length =
        n < 0x80
            ? new byte[] {(byte) n}
            : n < 0x100
                ? new byte[] {(byte) 0x81, (byte) n}
                : n < 0x10000
                    ? new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n}
                    : new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    byte[] out = new byte[1 + length.length + n];
    out[0] = (byte) tag;
    System.arraycopy(length, 0, out, 1, length.length);
    System.arraycopy(content, 0, out, 1 + length.length, n);
    return out;
  }

  private static byte[] rsa(int mode, java.security.Key key, byte[] data)
      throws GeneralSecurityException {
    Cipher c = Cipher.getInstance(RSA);
    c.init(mode, key, OAEP);
    return c.doFinal(data);
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no MD5", e);
    }
  }
}
