package org.sijil.server.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.core.diff.ChangeDigest;
import org.sijil.core.diff.DiffResult;
import org.sijil.core.diff.FieldChange;
import org.sijil.core.diff.KeyReuse;
import org.sijil.core.diff.RecordChange;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.service.Diffs;
import org.sijil.store.Register;

/** Release diffs computed from the register when first asked for (the server caches them). */
final class StoreDiffs implements Diffs {

  /** Fields shown as evidence when a key seems to name another person. */
  private static final List<String> EVIDENCE = List.of("name_ar", "name_en", "age", "sex", "dob");

  private final Path db;

  StoreDiffs(Path db) {
    this.db = db;
  }

  @Override
  public synchronized Optional<ReleaseDiff> diff(String source, String from, String to) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      var before = reg.releases().find(source, from);
      var after = reg.releases().find(source, to);
      if (before.isEmpty() || after.isEmpty()) {
        return Optional.empty();
      }
      List<CasualtyRecord> later = reg.records().list(after.get().id());
      DiffResult d =
          org.sijil.core.diff.ReleaseDiff.compare(
              new org.sijil.core.diff.ReleaseDiff.Side(
                  reg.records().list(before.get().id()), before.get().mapping()),
              new org.sijil.core.diff.ReleaseDiff.Side(later, after.get().mapping()),
              CanonicalField.ID);
      Map<String, String> names = new HashMap<>();
      for (CasualtyRecord r : later) {
        if (r.id() != null) {
          names.putIfAbsent(r.id(), r.nameAr() != null ? r.nameAr() : r.nameEn());
        }
      }
      return Optional.of(convert(source, from, to, d, names));
    }
  }

  @Override
  public synchronized Optional<org.sijil.app.corrections.Corrections> corrections(String source) {
    try (Register reg = Register.open(db, StoreLock.WAIT)) {
      boolean known = reg.releases().list().stream().anyMatch(r -> r.source().equals(source));
      return known
          ? Optional.of(org.sijil.app.corrections.ReleaseCorrections.of(reg, source))
          : Optional.empty();
    }
  }

  static ReleaseDiff convert(String source, String from, String to, DiffResult d) {
    return convert(source, from, to, d, Map.of());
  }

  /**
   * The server's view of a diff: changed records sorted by {@link ChangeDigest} into {@code
   * changed}, {@code revised} (a systematic revision only) and {@code filled} (unknown values now
   * known); additions and removals first.
   *
   * @param names the later release's name by key, to name changed records
   */
  static ReleaseDiff convert(
      String source, String from, String to, DiffResult d, Map<String, String> names) {
    ChangeDigest digest = ChangeDigest.of(d.changed());
    Map<String, Long> summary = new LinkedHashMap<>();
    summary.put("added", (long) d.added().size());
    summary.put("removed", (long) d.removed().size());
    // "changed" counts every record whose meaning changed, as the CLI does; revised and filled are
    // the part of them a systematic revision or a filled-in unknown explains.
    summary.put("changed", (long) d.changed().size());
    summary.put("revised", (long) digest.revised().size());
    summary.put("filled", (long) digest.filled().size());
    summary.put("reformatted", (long) d.reformatted().size());
    summary.put("key_reused", (long) d.keyReused().size());
    summary.put("duplicate_keys", (long) d.duplicateKeys().size());
    List<ReleaseDiff.Entry> entries = new ArrayList<>();
    for (Map<String, String> a : d.added()) {
      entries.add(new ReleaseDiff.Entry("added", a.get("id"), name(a), List.of()));
    }
    for (Map<String, String> r : d.removed()) {
      entries.add(new ReleaseDiff.Entry("removed", r.get("id"), name(r), List.of()));
    }
    changes(entries, "changed", digest.other(), names);
    changes(entries, "revised", digest.revised(), names);
    changes(entries, "filled", digest.filled(), names);
    for (KeyReuse k : d.keyReused()) {
      List<ReleaseDiff.FieldChange> evidence = new ArrayList<>();
      for (String f : EVIDENCE) {
        String x = k.before().get(f);
        String y = k.after().get(f);
        if (x != null || y != null) {
          evidence.add(new ReleaseDiff.FieldChange(f, x, y, "key_reused"));
        }
      }
      entries.add(new ReleaseDiff.Entry("key_reused", k.key(), name(k.after()), evidence));
    }
    changes(entries, "reformatted", d.reformatted(), names);
    List<ReleaseDiff.Revision> revisions =
        digest.revisions().stream()
            .map(r -> new ReleaseDiff.Revision(r.field(), r.shift(), r.unit(), r.records()))
            .toList();
    return new ReleaseDiff(source, from, to, summary, entries, revisions);
  }

  private static String name(Map<String, String> fields) {
    return fields.getOrDefault("name_ar", fields.get("name_en"));
  }

  private static void changes(
      List<ReleaseDiff.Entry> entries,
      String kind,
      List<RecordChange> changes,
      Map<String, String> names) {
    for (RecordChange c : changes) {
      List<ReleaseDiff.FieldChange> fields = new ArrayList<>();
      for (FieldChange f : c.changed()) {
        fields.add(new ReleaseDiff.FieldChange(f.field(), f.before(), f.after(), "changed"));
      }
      for (FieldChange f : c.reformatted()) {
        fields.add(new ReleaseDiff.FieldChange(f.field(), f.before(), f.after(), "reformatted"));
      }
      entries.add(new ReleaseDiff.Entry(kind, c.key(), names.get(c.key()), fields));
    }
  }
}
