package org.sijil.app.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.sijil.core.UserError;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;

/**
 * The register's signing key: by default {@code REGISTER.key} (private, mode 0600) next to the
 * register file with its verifier key in {@code REGISTER.pub}, both created on first use; its name
 * (the log's origin) is {@value #ORIGIN_PREFIX} plus the register's file name.
 */
public final class RegisterKey {

  /** The origin of a register's log: this prefix and the register's file name. */
  public static final String ORIGIN_PREFIX = "sijil.register/";

  private static final String PRIVATE_SUFFIX = ".key";
  private static final String PUBLIC_SUFFIX = ".pub";

  private RegisterKey() {}

  /**
   * The default private key file of the register at {@code register}: beside a register file; for a
   * register on a database server (a {@code postgresql:} location), in the user's {@code
   * ~/.config/sijil/keys/}, named after the location (a server has no folder of its own).
   */
  public static Path defaultFile(Path register) {
    String location = register.toString();
    if (location.startsWith("postgresql:")) {
      Path dir = Path.of(System.getProperty("user.home"), ".config", "sijil", "keys");
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UserError("cannot create the key folder " + dir + ": " + e.getMessage(), e);
      }
      return dir.resolve(location.replaceAll("[^A-Za-z0-9.-]", "_") + PRIVATE_SUFFIX);
    }
    return register.resolveSibling(register.getFileName() + PRIVATE_SUFFIX);
  }

  /** The public key file written next to a private key file. */
  public static Path publicFile(Path privateFile) {
    String name = privateFile.getFileName().toString();
    String base =
        name.endsWith(PRIVATE_SUFFIX)
            ? name.substring(0, name.length() - PRIVATE_SUFFIX.length())
            : name;
    return privateFile.resolveSibling(base + PUBLIC_SUFFIX);
  }

  /** Reads the key at {@code file}, or creates it (and its public file) for the register. */
  public static NoteSigner loadOrCreate(Path file, Path register) {
    if (Files.isRegularFile(file)) {
      return load(file);
    }
    String origin =
        ORIGIN_PREFIX + register.getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "_");
    NoteSigner key = NoteSigner.generate(origin, SignatureType.ED25519, new SecureRandom());
    write(file, key);
    return key;
  }

  /** Reads the signing key at {@code file}. */
  public static NoteSigner load(Path file) {
    try {
      return NoteSigner.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException | RuntimeException e) {
      throw new UserError("cannot read the signing key " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes a new key file (mode 0600, never over an existing file) and its public file. */
  static void write(Path file, NoteSigner key) {
    try {
      FileAttribute<?>[] attrs =
          file.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
              }
              : new FileAttribute<?>[0];
      Files.createFile(file, attrs);
      Files.writeString(file, key.text() + "\n", StandardCharsets.UTF_8);
      Files.writeString(publicFile(file), key.verifier().text() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write the signing key " + file + ": " + e.getMessage(), e);
    }
  }
}
