package org.sijil.cli.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sijil.core.UserError;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.NoteVerifier;

/** Device key files for intake ({@code sijil keys generate} writes them). */
final class IntakeKeys {

  private IntakeKeys() {}

  static NoteVerifier verifier(Path file) {
    String text = read(file);
    try {
      return text.startsWith(NoteSigner.PREFIX)
          ? NoteSigner.parse(text).verifier()
          : NoteVerifier.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": not a device key: " + e.getMessage());
    }
  }

  static NoteSigner signer(Path file) {
    String text = read(file);
    try {
      return NoteSigner.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": not a private device key: " + e.getMessage());
    }
  }

  /** The ODK form's RSA private key (PEM, PKCS#8 or PKCS#1), for encrypted submissions. */
  static java.security.PrivateKey odk(Path file) {
    String text = read(file);
    try {
      return org.sijil.core.intake.OdkEncryption.parsePrivate(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": not the ODK form's private key: " + e.getMessage());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
