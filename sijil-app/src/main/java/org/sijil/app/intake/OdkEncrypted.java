package org.sijil.app.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sijil.core.intake.OdkEncryption;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An ODK encrypted instance: its manifest ({@code submission.xml} with {@code base64EncryptedKey})
 * and, beside it, the encrypted XML ({@code encryptedXmlFile}) and media files. Decrypted with the
 * form's private key by {@link OdkEncryption}'s rules; the element signature is checked, so an
 * altered or incomplete instance is rejected with the reason rather than half read.
 *
 * <p>Rejections: no key given; the key does not open the instance (another form's key); a file
 * named in the manifest is missing; the signature is missing or does not match; the decrypted
 * instance's {@code instanceID} is not the manifest's.
 */
final class OdkEncrypted {

  private static final String ENC = ".enc";

  private OdkEncrypted() {}

  /** Whether {@code f} is an encrypted file, read only through its manifest. */
  static boolean isEncryptedFile(Path f) {
    return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ENC);
  }

  /** The manifest's parts. */
  private record Manifest(
      String formId,
      String version,
      String key,
      String xmlFile,
      List<String> media,
      String signature,
      String instanceId) {}

  static Arrival read(Path f, Element root, PrivateKey odkKey) {
    String where = f.toString();
    if (odkKey == null) {
      return reject(
          where, "an encrypted ODK submission: give the form's private key (--odk-key FILE)");
    }
    Manifest m = manifest(root);
    if (m.instanceId() == null || m.xmlFile() == null || m.key() == null) {
      return reject(where, "an encrypted ODK manifest without instanceID, encryptedXmlFile or key");
    }
    if (m.signature() == null) {
      return reject(where, "an encrypted ODK manifest without base64EncryptedElementSignature");
    }
    OdkEncryption files;
    try {
      files = OdkEncryption.open(m.instanceId(), m.key(), odkKey);
    } catch (GeneralSecurityException e) {
      return reject(where, "the ODK key does not open this submission (another form's key?)");
    }
    List<String> lines = new ArrayList<>();
    byte[] xml = null;
    List<String> order = new ArrayList<>(m.media());
    order.add(m.xmlFile());
    for (String name : order) {
      Path file = f.resolveSibling(name);
      if (name.contains("/") || name.contains("\\") || !Files.isRegularFile(file)) {
        return reject(where, "the encrypted file " + name + " named in the manifest is missing");
      }
      byte[] plain;
      try {
        plain = files.decryptNext(Files.readAllBytes(file));
      } catch (IOException | GeneralSecurityException e) {
        return reject(where, "cannot decrypt " + name + ": " + e.getMessage());
      }
      lines.add(OdkEncryption.fileLine(plainName(name), plain));
      xml = plain;
    }
    String source =
        OdkEncryption.signatureSource(m.formId(), m.version(), m.key(), m.instanceId(), lines);
    if (!OdkEncryption.signatureMatches(m.signature(), source, odkKey)) {
      return reject(
          where, "the encrypted submission's signature does not match: altered or incomplete");
    }
    return OdkInstances.decrypted(f, new String(xml, StandardCharsets.UTF_8), m.instanceId());
  }

  private static String plainName(String encrypted) {
    return isEncryptedFile(Path.of(encrypted))
        ? encrypted.substring(0, encrypted.length() - ENC.length())
        : encrypted;
  }

  private static Arrival reject(String where, String reason) {
    return Arrival.unreadable(Arrival.ODK, Arrival.UNSIGNED, where, reason);
  }

  private static Manifest manifest(Element root) {
    String key = null;
    String xmlFile = null;
    String signature = null;
    String instance = null;
    List<String> media = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      switch (name(e)) {
        case "base64EncryptedKey" -> key = e.getTextContent().strip();
        case "encryptedXmlFile" -> xmlFile = e.getTextContent().strip();
        case "base64EncryptedElementSignature" -> signature = e.getTextContent().strip();
        case "media" -> media.add(e.getTextContent().strip());
        case "meta" -> instance = child(e, "instanceID");
        default -> {
          // other elements are not part of the manifest's rules
        }
      }
    }
    String version = root.getAttribute("version");
    return new Manifest(
        root.getAttribute("id"),
        version.isBlank() ? null : version,
        key,
        xmlFile,
        media,
        signature,
        instance);
  }

  private static String child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && name(c).equals(name)) {
        return c.getTextContent().strip();
      }
    }
    return null;
  }

  private static String name(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }
}
