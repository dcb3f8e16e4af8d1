package org.sijil.app.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import org.sijil.app.integrity.RegisterKey;
import org.sijil.core.UserError;
import org.sijil.core.intake.ContactSeal;

/**
 * The contact key of a register: reporters' contacts are sealed with its public half ({@code
 * REGISTER.contact.pub}, beside the register's signing key); its private half ({@code
 * REGISTER.contact.key}, mode 0600) is written once, when the pair is created, for an administrator
 * to move off the server (docs/intake.md). Intake needs only the public half.
 */
public final class ContactKey {

  private static final String PRIVATE_SUFFIX = ".contact.key";
  private static final String PUBLIC_SUFFIX = ".contact.pub";

  private ContactKey() {}

  /** The public key file of the register at {@code register}. */
  public static Path publicFile(Path register) {
    return sibling(register, PUBLIC_SUFFIX);
  }

  /** The private key file written when the pair is created. */
  public static Path privateFile(Path register) {
    return sibling(register, PRIVATE_SUFFIX);
  }

  private static Path sibling(Path register, String suffix) {
    Path signing = RegisterKey.defaultFile(register);
    String name = signing.getFileName().toString();
    return signing.resolveSibling(name.substring(0, name.length() - ".key".length()) + suffix);
  }

  /**
   * The public key from {@code file} when given, else the register's, created with its private half
   * on first use (the only time the private half is written).
   */
  public static PublicKey loadOrCreate(Path file, Path register) {
    Path pub = file != null ? file : publicFile(register);
    if (Files.isRegularFile(pub) || file != null) {
      try {
        return ContactSeal.parsePublic(Files.readString(pub, StandardCharsets.UTF_8));
      } catch (IOException | IllegalArgumentException e) {
        throw new UserError("cannot read the contact key " + pub + ": " + e.getMessage(), e);
      }
    }
    KeyPair pair = ContactSeal.generate(new SecureRandom());
    Path priv = privateFile(register);
    try {
      FileAttribute<?>[] attrs =
          priv.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
              }
              : new FileAttribute<?>[0];
      Files.createFile(priv, attrs);
      Files.writeString(priv, ContactSeal.privateText(pair.getPrivate()) + "\n");
      Files.writeString(pub, ContactSeal.publicText(pair.getPublic()) + "\n");
    } catch (IOException e) {
      throw new UserError("cannot write the contact key " + priv + ": " + e.getMessage(), e);
    }
    return pair.getPublic();
  }

  /** Reads a private contact key file (administrators, to open a reporter's contact). */
  public static PrivateKey readPrivate(Path file) {
    try {
      return ContactSeal.parsePrivate(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError("cannot read the contact private key " + file + ": " + e.getMessage(), e);
    }
  }
}
