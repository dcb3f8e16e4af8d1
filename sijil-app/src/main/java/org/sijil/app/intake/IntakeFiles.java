package org.sijil.app.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sijil.core.SijilException;
import org.sijil.core.UserError;
import org.sijil.core.intake.Bundle;
import org.sijil.core.intake.Submission;
import org.sijil.core.intake.SubmissionJson;
import org.sijil.core.integrity.NoteVerifier;

/**
 * Reads the files intake takes: a signed bundle (recognized by its first line), an ODK/Kobo XML
 * instance ({@code .xml}), an ODK Central or KoboToolbox CSV export ({@code .csv}), or a folder of
 * any of these (walked in path order, sub-folders included; {@code .enc} files are read through
 * their instance's manifest, {@link OdkEncrypted}). A file that is none of them is one rejected
 * arrival naming it.
 */
final class IntakeFiles {

  private IntakeFiles() {}

  static List<Arrival> read(Path path, List<NoteVerifier> trusted, PrivateKey odkKey) {
    if (Files.isDirectory(path)) {
      List<Arrival> out = new ArrayList<>();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          if (!OdkEncrypted.isEncryptedFile(f)) { // read through its instance's manifest
            out.addAll(file(f, trusted, odkKey));
          }
        }
      } catch (IOException e) {
        throw new UserError("cannot read the folder " + path + ": " + e.getMessage(), e);
      }
      return out;
    }
    if (!Files.isRegularFile(path)) {
      throw SijilException.noSuchFile(path.toString());
    }
    if (OdkEncrypted.isEncryptedFile(path)) {
      return List.of(
          Arrival.unreadable(
              Arrival.ODK,
              Arrival.UNSIGNED,
              path.toString(),
              "an encrypted ODK file: import the instance's submission.xml (its manifest), or its"
                  + " folder"));
    }
    return file(path, trusted, odkKey);
  }

  private static List<Arrival> file(Path f, List<NoteVerifier> trusted, PrivateKey odkKey) {
    String text;
    try {
      text = Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of(
          Arrival.unreadable(
              Arrival.BUNDLE,
              Arrival.UNSIGNED,
              f.toString(),
              "cannot read the file as UTF-8 text: " + e.getMessage()));
    }
    String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (text.startsWith(Bundle.HEADER)) {
      return bundle(f, text, trusted);
    }
    if (name.endsWith(".xml")) {
      return List.of(OdkInstances.xml(f, text, odkKey));
    }
    if (name.endsWith(".csv")) {
      return OdkInstances.csv(f, text);
    }
    return List.of(
        Arrival.unreadable(
            Arrival.BUNDLE,
            Arrival.UNSIGNED,
            f.toString(),
            "not a Sijil intake bundle (first line "
                + Bundle.HEADER
                + "), an ODK XML instance (.xml) or a CSV export (.csv)"));
  }

  /** The arrivals of one bundle: its lines, then its missing submissions. */
  static List<Arrival> bundle(Path f, String text, List<NoteVerifier> trusted) {
    Bundle.Contents c = Bundle.read(text, trusted);
    String device = c.device() == null ? Arrival.UNSIGNED : c.device().text();
    List<Arrival> out = new ArrayList<>();
    if (c.rejection() != null && c.lines().isEmpty()) {
      out.add(Arrival.unreadable(Arrival.BUNDLE, device, f.toString(), c.rejection()));
    }
    for (Bundle.Line l : c.lines()) {
      String where = f + " line " + l.number();
      if (l.problem() != null) {
        out.add(Arrival.unreadable(Arrival.BUNDLE, device, where, l.problem()));
        continue;
      }
      try {
        Submission s = SubmissionJson.read(l.json());
        out.add(Arrival.of(Arrival.BUNDLE, device, where, s));
      } catch (IllegalArgumentException e) {
        out.add(Arrival.unreadable(Arrival.BUNDLE, device, where, e.getMessage()));
      }
    }
    for (String m : c.missing()) {
      out.add(Arrival.unreadable(Arrival.BUNDLE, device, f.toString(), m));
    }
    return out;
  }
}
