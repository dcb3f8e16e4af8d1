package org.sijil.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.sijil.core.UserError;

/**
 * The backup archive's file layout: a zip holding {@value #MANIFEST_ENTRY} ({@link
 * ArchiveManifest}) and {@value #REGISTER_ENTRY}, a DuckDB register file. Rules:
 *
 * <ul>
 *   <li>An archive is written beside its final name and moved there only when complete, so a failed
 *       or interrupted backup never leaves a file that looks like an archive.
 *   <li>Reading checks the zip is whole (its central directory is at the end, so a truncated file
 *       is refused), and that the register's bytes have the manifest's size and SHA-256.
 *   <li>Every refusal names the archive and the entry or field at fault.
 * </ul>
 */
public final class RegisterArchive {

  /** The manifest's name in the zip. */
  public static final String MANIFEST_ENTRY = "manifest.json";

  /** The register file's name in the zip. */
  public static final String REGISTER_ENTRY = "register.db";

  /** Ending of the partly written archive, renamed when complete. */
  private static final String PART_SUFFIX = ".part";

  /** The largest manifest read (a register has a few dozen tables). */
  private static final int MANIFEST_LIMIT = 1 << 20;

  private RegisterArchive() {}

  /**
   * Writes {@code register} and {@code manifest} as the archive {@code archive} (not there yet).
   */
  static void write(Path archive, ArchiveManifest manifest, Path register) {
    Path part = archive.resolveSibling(archive.getFileName() + PART_SUFFIX);
    try {
      try (OutputStream file = Files.newOutputStream(part);
          ZipOutputStream zip = new ZipOutputStream(file)) {
        zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(REGISTER_ENTRY));
        Files.copy(register, zip);
        zip.closeEntry();
      }
      Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(part);
      throw new UserError("cannot write the archive " + archive + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the archive's manifest, and extracts its register to {@code register} checking its size
   * and SHA-256 against the manifest.
   *
   * @throws UserError naming the archive and what is wrong with it
   */
  static ArchiveManifest extract(Path archive, Path register) {
    if (!Files.isRegularFile(archive)) {
      throw new UserError("no archive at " + archive);
    }
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      ArchiveManifest manifest = manifest(archive, zip);
      ZipEntry entry = entry(archive, zip, REGISTER_ENTRY);
      MessageDigest sha = sha256();
      long bytes;
      try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
        bytes = Files.copy(in, register, StandardCopyOption.REPLACE_EXISTING);
      }
      String digest = HexFormat.of().formatHex(sha.digest());
      if (bytes != manifest.registerBytes() || !digest.equals(manifest.registerSha256())) {
        throw damaged(
            archive,
            REGISTER_ENTRY
                + " has "
                + bytes
                + " bytes with SHA-256 "
                + digest
                + ", the manifest says "
                + manifest.registerBytes()
                + " bytes with SHA-256 "
                + manifest.registerSha256()
                + ": the archive was altered");
      }
      return manifest;
    } catch (IOException e) {
      throw damaged(
          archive, "not a whole zip archive (" + e.getMessage() + "): truncated or altered");
    }
  }

  private static ArchiveManifest manifest(Path archive, ZipFile zip) throws IOException {
    ZipEntry entry = entry(archive, zip, MANIFEST_ENTRY);
    byte[] json;
    try (InputStream in = zip.getInputStream(entry)) {
      json = in.readNBytes(MANIFEST_LIMIT);
    }
    try {
      return ArchiveManifest.parse(json);
    } catch (IllegalArgumentException e) {
      throw damaged(archive, MANIFEST_ENTRY + ": " + e.getMessage());
    }
  }

  private static ZipEntry entry(Path archive, ZipFile zip, String name) {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw damaged(archive, "it holds no " + name + ": not a Sijil backup archive");
    }
    return entry;
  }

  /** The SHA-256 (hex) of a whole file. */
  public static String sha256(Path file) {
    MessageDigest sha = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  static UserError damaged(Path archive, String why) {
    return new UserError("archive " + archive + " refused: " + why);
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // cleaning up after a failure: the failure itself is what gets reported
    }
  }
}
