package org.sijil.app.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.app.imports.RowsLog;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.intake.ContactSeal;
import org.sijil.core.intake.Submission;
import org.sijil.core.intake.SubmissionRules;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.NoteVerifier;
import org.sijil.core.integrity.SubmissionEntry;
import org.sijil.store.Intake;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.ReleaseSpec;
import org.sijil.store.ReleaseWriter;

/**
 * Use case: take in submissions, exactly once each.
 *
 * <p>Rules, per arrival in order: unreadable or breaking {@link SubmissionRules} → rejected with
 * the reason; its ID already stored or already taken in this run → duplicate; otherwise new, and
 * {@code edited} when it replaces a submission or a stored submission replaces it (an earlier
 * version arriving late), else {@code imported}. New submissions are stored with their contact
 * sealed, each logged as a {@code submission} entry, and the source's {@value #RELEASE} release is
 * rewritten from all its submissions (one record per chain), all in one transaction. A run with
 * nothing new changes nothing.
 */
public final class ImportSubmissions {

  /** The label of the release holding an intake source's records. */
  public static final String RELEASE = "intake";

  /** The default intake source. */
  public static final String DEFAULT_SOURCE = "family-report";

  /**
   * What to read: files or folders, the intake source, trusted device keys (empty: any), the key
   * contacts are sealed with, and the ODK form's private key for encrypted submissions (or null).
   */
  public record Request(
      List<Path> paths,
      String source,
      List<NoteVerifier> trusted,
      PublicKey contactKey,
      java.security.PrivateKey odkKey) {

    /** A request without an ODK key (encrypted ODK submissions are rejected with the reason). */
    public Request(
        List<Path> paths, String source, List<NoteVerifier> trusted, PublicKey contactKey) {
      this(paths, source, trusted, contactKey, null);
    }
  }

  private final Register register;
  private final SecureRandom random = new SecureRandom();

  public ImportSubmissions(Register register) {
    this.register = register;
  }

  /** Reads the request's files and takes their submissions in. */
  public IntakeReport run(Request request, Actor by) {
    long start = System.nanoTime();
    List<Arrival> arrivals = new ArrayList<>();
    for (Path p : request.paths()) {
      arrivals.addAll(IntakeFiles.read(p, request.trusted(), request.odkKey()));
    }
    return take(arrivals, request.source(), request.contactKey(), by, start);
  }

  /** Takes in arrivals already read (the web form, tests). */
  public IntakeReport take(List<Arrival> arrivals, String source, PublicKey contactKey, Actor by) {
    return take(arrivals, source, contactKey, by, System.nanoTime());
  }

  private IntakeReport take(
      List<Arrival> arrivals, String source, PublicKey contactKey, Actor by, long start) {
    List<Intake.Stored> stored = register.intake().all(source);
    Triage t = triage(arrivals, stored);
    if (!t.fresh.isEmpty()) {
      store(t, source, stored, contactKey, by);
    }
    return new IntakeReport(
        source,
        arrivals.size(),
        t.imported,
        t.duplicate,
        t.edited,
        t.rejections.size(),
        t.rejections,
        t.fresh.stream().map(a -> a.submission().id()).toList(),
        (System.nanoTime() - start) / 1e9);
  }

  private static final class Triage {
    final List<Arrival> fresh = new ArrayList<>();
    final List<IntakeReport.Rejection> rejections = new ArrayList<>();
    long imported;
    long duplicate;
    long edited;
  }

  private Triage triage(List<Arrival> arrivals, List<Intake.Stored> stored) {
    Set<String> ids = new HashSet<>();
    for (Arrival a : arrivals) {
      if (a.submission() != null) {
        ids.add(a.submission().id());
      }
    }
    Set<String> known = register.intake().known(ids);
    Set<String> replacedSoFar = new HashSet<>();
    for (Intake.Stored s : stored) {
      if (s.replacesId() != null) {
        replacedSoFar.add(s.replacesId());
      }
    }
    Set<String> taken = new HashSet<>();
    Triage t = new Triage();
    for (Arrival a : arrivals) {
      Submission s = a.submission();
      Optional<String> problem = s == null ? Optional.of(a.problem()) : SubmissionRules.problem(s);
      if (problem.isPresent()) {
        t.rejections.add(
            new IntakeReport.Rejection(a.where(), s == null ? null : s.id(), problem.get()));
      } else if (known.contains(s.id()) || !taken.add(s.id())) {
        t.duplicate++;
      } else {
        t.fresh.add(a);
        if (s.replacesId() != null || replacedSoFar.contains(s.id())) {
          t.edited++;
        } else {
          t.imported++;
        }
        if (s.replacesId() != null) {
          replacedSoFar.add(s.replacesId());
        }
      }
    }
    return t;
  }

  private void store(
      Triage t, String source, List<Intake.Stored> stored, PublicKey contactKey, Actor by) {
    java.time.Instant now = RegisterLog.now();
    long seq = register.intake().nextSeq();
    long firstIndex = register.integrity().entryCount();
    List<Intake.Stored> rows = new ArrayList<>();
    List<byte[]> entries = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    ContactSeal.Sealer sealer = ContactSeal.sealer(contactKey, random);
    for (Arrival a : t.fresh) {
      Submission s = a.submission();
      String sealed = s.contact() == null ? null : sealer.seal(s.contact());
      entries.add(
          new SubmissionEntry(
                  now,
                  by.name(),
                  s.id(),
                  source,
                  a.channel(),
                  a.deviceKey(),
                  s.contentSha256(),
                  s.replacesId() == null ? "" : s.replacesId())
              .encode());
      subjects.add("submission:" + s.id());
      rows.add(
          new Intake.Stored(
              s.id(),
              seq++,
              source,
              s.origin(),
              s.instanceId(),
              s.replacesId(),
              s.replaces(),
              a.channel(),
              a.deviceKey(),
              s.contentSha256(),
              SubmissionRecords.json(s.fields()),
              sealed,
              Intake.PENDING,
              null,
              null,
              null,
              by.name(),
              now,
              firstIndex + rows.size()));
    }
    List<Intake.Stored> all = new ArrayList<>(stored);
    all.addAll(rows);
    List<SubmissionRecords.Row> records = SubmissionRecords.rows(all);
    String digest = digest(records);
    ReleaseSpec spec =
        new ReleaseSpec(
            source,
            RELEASE,
            null,
            RELEASE,
            null,
            "json",
            "UTF-8",
            List.of(),
            SubmissionRecords.HEADERS,
            mapping(),
            by.name());
    RowsLog rowsLog = new RowsLog();
    try (ReleaseWriter out = register.imports().begin(spec, true)) {
      for (SubmissionRecords.Row r : records) {
        out.record(r.cells(), r.record());
        rowsLog.accepted(r.cells(), r.record());
      }
      out.commit(digest, release -> logAll(release, rows, entries, subjects, rowsLog, digest, by));
    }
  }

  private void logAll(
      Release stored,
      List<Intake.Stored> rows,
      List<byte[]> entries,
      List<String> subjects,
      RowsLog rowsLog,
      String digest,
      Actor by) {
    register.intake().add(rows);
    if (register.integrity().entryCount() != rows.get(0).logIndex()) {
      throw new IllegalStateException("the register's log changed while submissions were stored");
    }
    // One bulk append (RegisterLog.appendEncoded) of the submissions and their release's entries.
    rowsLog.log(register, stored, digest, by.name(), entries, subjects);
  }

  private static java.util.Map<String, String> mapping() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String f : List.of("id", "name_ar", "name_en", "age", "dob", "sex", "dod", "place")) {
      m.put(f, f);
    }
    return m;
  }

  /** SHA-256 over the rows' cells: the release's "file" digest (it has no file). */
  private static String digest(List<SubmissionRecords.Row> rows) {
    java.security.MessageDigest d = Hashes.newDigest();
    for (SubmissionRecords.Row r : rows) {
      d.update(String.join("\u001f", r.cells()).getBytes(StandardCharsets.UTF_8));
      d.update((byte) '\n');
    }
    return Hashes.hex(d.digest());
  }
}
