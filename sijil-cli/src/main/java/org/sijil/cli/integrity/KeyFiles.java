package org.sijil.cli.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.sijil.core.UserError;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.NoteVerifier;

/**
 * Key files: one line of key text each. A private key file holds the signer key text ({@code
 * PRIVATE+KEY+...}) and is created readable by its owner only (mode 0600) before any byte is
 * written, so the secret is never exposed even briefly; a public key file holds the verifier key.
 */
final class KeyFiles {

  /** rw------- : the private key is for its owner's eyes only. */
  static final Set<PosixFilePermission> PRIVATE_MODE = PosixFilePermissions.fromString("rw-------");

  static final String PRIVATE_SUFFIX = ".key";
  static final String PUBLIC_SUFFIX = ".pub";

  private KeyFiles() {}

  /** A file name from a key name: characters other than letters, digits, '.', '-' become '_'. */
  static String baseName(String keyName) {
    return keyName.replaceAll("[^A-Za-z0-9.-]", "_");
  }

  static void writePrivate(Path file, NoteSigner signer) {
    try {
      FileAttribute<?>[] attrs =
          file.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE_MODE)}
              : new FileAttribute<?>[0];
      Files.createFile(file, attrs);
      Files.writeString(file, signer.text() + "\n", StandardCharsets.UTF_8);
    } catch (FileAlreadyExistsException e) {
      throw new UserError(file + " already exists; keys are never overwritten (move it first)");
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static void writePublic(Path file, NoteVerifier verifier) {
    try {
      Files.writeString(
          file,
          verifier.text() + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new UserError(file + " already exists; keys are never overwritten (move it first)");
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The verifier key in a public key file, or derived from a private key file. */
  static NoteVerifier readVerifier(Path file) {
    String text = read(file).strip();
    try {
      return text.startsWith(NoteSigner.PREFIX)
          ? NoteSigner.parse(text).verifier()
          : NoteVerifier.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + file);
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + file);
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
