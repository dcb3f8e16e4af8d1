package org.sijil.app.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sijil.app.RegisterRecords;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.RecordAmendments.Amendment;
import org.sijil.store.RecordAmendments.Kind;
import org.sijil.store.Release;

/**
 * Analysts' amendments applied to the register's records, for the published view. Pure.
 *
 * <p>Rules, per record, with its subject ({@link RecordSubjects}: {@code record:SOURCE/KEY}, so an
 * amendment follows the key into every release of its list, including a release imported again):
 *
 * <ul>
 *   <li>A removal of the subject leaves the record out of the view (pages, search, downloads,
 *       statistics); it stays in the register and in the log with its reason. A later release that
 *       lists the key again does not bring it back.
 *   <li>Corrections of the subject apply in the order they were made, each while the record still
 *       gives the value it corrected ({@link Amendment#oldValue()}): the field takes the corrected
 *       value. A release whose record gives another value for that field (the list itself changed
 *       it) keeps the list's value, and the correction is shown as not applied to it (unless that
 *       value is the corrected one).
 *   <li>Each correction is kept as a note on every record of its subject, applied or not, with the
 *       old and new values, reason, author and date (the person's history).
 * </ul>
 */
public final class PublishedAmendments {

  /**
   * A correction as the public view shows it on one record.
   *
   * @param applied false when the record gives another value than the one corrected
   */
  public record Note(
      RecordKey record,
      String field,
      String oldValue,
      String newValue,
      String reason,
      String by,
      Instant at,
      long logIndex,
      boolean applied) {}

  /**
   * The register's records with the amendments applied.
   *
   * @param records the records left, amended, in the register's order
   * @param notes the corrections noted on each record left, in the order they were made
   * @param removed how many records removals left out
   */
  public record Applied(RegisterRecords records, Map<RecordKey, List<Note>> notes, int removed) {}

  private PublishedAmendments() {}

  /**
   * One record as the published view shows it.
   *
   * @param record the record with its subject's corrections applied
   * @param notes its subject's corrections, in the order they were made (empty when none)
   */
  public record Shown(CasualtyRecord record, List<Note> notes) {
    public Shown {
      notes = List.copyOf(notes);
    }
  }

  /** Applies {@code amendments} (in the order they were made) to {@code all}. */
  public static Applied apply(RegisterRecords all, List<Amendment> amendments) {
    if (amendments.isEmpty()) {
      return new Applied(all, Map.of(), 0);
    }
    Map<String, List<Amendment>> bySubject = bySubject(amendments);
    List<CasualtyRecord> records = new ArrayList<>(all.size());
    List<RecordKey> keys = new ArrayList<>(all.size());
    List<Release> releaseOf = new ArrayList<>(all.size());
    Map<RecordKey, Integer> index = new HashMap<>();
    Map<RecordKey, List<Note>> notes = new HashMap<>();
    int removed = 0;
    for (int i = 0; i < all.size(); i++) {
      RecordKey key = all.keys().get(i);
      Release release = all.releaseOf().get(i);
      Optional<Shown> shown = shown(key, release, all.records().get(i), bySubject);
      if (shown.isEmpty()) {
        removed++;
        continue;
      }
      if (!shown.get().notes().isEmpty()) {
        notes.put(key, shown.get().notes());
      }
      index.put(key, records.size());
      records.add(shown.get().record());
      keys.add(key);
      releaseOf.add(release);
    }
    return new Applied(
        new RegisterRecords(all.releases(), records, keys, releaseOf, index), notes, removed);
  }

  /** {@code amendments} (in the order they were made) by subject, each subject's in that order. */
  public static Map<String, List<Amendment>> bySubject(List<Amendment> amendments) {
    Map<String, List<Amendment>> bySubject = new HashMap<>();
    for (Amendment a : amendments) {
      bySubject.computeIfAbsent(a.subject(), s -> new ArrayList<>()).add(a);
    }
    return bySubject;
  }

  /**
   * The record {@code key} of {@code release} as the published view shows it, by the rules above:
   * empty when a removal of its subject leaves it out. The one rule for the whole view ({@link
   * #apply}) and for a person read by id ({@code PublishedPerson}).
   *
   * @param bySubject the register's amendments ({@link #bySubject})
   */
  public static Optional<Shown> shown(
      RecordKey key, Release release, CasualtyRecord r, Map<String, List<Amendment>> bySubject) {
    List<Amendment> mine = bySubject.get(RecordSubjects.of(release, r));
    if (mine == null) {
      return Optional.of(new Shown(r, List.of()));
    }
    if (mine.stream().anyMatch(a -> a.kind() == Kind.REMOVAL)) {
      return Optional.empty();
    }
    List<Note> noted = new ArrayList<>();
    CasualtyRecord corrected = corrected(key, r, mine, noted);
    return Optional.of(new Shown(corrected, noted));
  }

  /**
   * {@code r} with the corrections among {@code amendments} applied in order, each noted in {@code
   * notes}.
   */
  public static CasualtyRecord corrected(
      RecordKey key, CasualtyRecord r, List<Amendment> amendments, List<Note> notes) {
    CasualtyRecord out = r;
    for (Amendment a : amendments) {
      if (a.kind() != Kind.CORRECTION) {
        continue;
      }
      CanonicalField field = CanonicalField.byKey(a.field()).orElseThrow();
      String given = out.text(field);
      boolean applies = Objects.equals(given, a.oldValue());
      if (applies) {
        out = CorrectedValues.with(out, field, a.newValue());
      }
      // A release that already gives the corrected value agrees with the correction.
      applies = applies || a.newValue().equals(given);
      notes.add(
          new Note(
              key,
              a.field(),
              a.oldValue(),
              a.newValue(),
              a.reason(),
              a.by(),
              a.at(),
              a.logIndex(),
              applies));
    }
    return out;
  }

  /**
   * Which record a person's shown value of each corrected field comes from: for each field with a
   * note, the position of the first record (in the person's order, newest first) noting it, so a
   * correction shows on the person whatever the other records give, and a newer release that
   * changed the field itself shows the list's value. Fields without a note keep the usual rule.
   *
   * @param notes each record's notes, in the person's record order
   */
  public static Map<String, Integer> shownFrom(List<List<Note>> notes) {
    Map<String, Integer> from = new HashMap<>();
    for (int i = 0; i < notes.size(); i++) {
      for (Note n : notes.get(i)) {
        from.putIfAbsent(n.field(), i);
      }
    }
    return from;
  }
}
