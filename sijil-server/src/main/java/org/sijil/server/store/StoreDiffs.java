package org.sijil.server.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.core.diff.DiffResult;
import org.sijil.core.diff.FieldChange;
import org.sijil.core.diff.KeyReuse;
import org.sijil.core.diff.RecordChange;
import org.sijil.core.record.CanonicalField;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.service.Diffs;
import org.sijil.store.Register;

/** Release diffs computed from the register when first asked for (the server caches them). */
final class StoreDiffs implements Diffs {

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
      DiffResult d =
          org.sijil.core.diff.ReleaseDiff.compare(
              new org.sijil.core.diff.ReleaseDiff.Side(
                  reg.records().list(before.get().id()), before.get().mapping()),
              new org.sijil.core.diff.ReleaseDiff.Side(
                  reg.records().list(after.get().id()), after.get().mapping()),
              CanonicalField.ID);
      return Optional.of(convert(source, from, to, d));
    }
  }

  static ReleaseDiff convert(String source, String from, String to, DiffResult d) {
    Map<String, Long> summary = new LinkedHashMap<>();
    summary.put("added", (long) d.added().size());
    summary.put("removed", (long) d.removed().size());
    summary.put("changed", (long) d.changed().size());
    summary.put("reformatted", (long) d.reformatted().size());
    summary.put("key_reused", (long) d.keyReused().size());
    summary.put("duplicate_keys", (long) d.duplicateKeys().size());
    List<ReleaseDiff.Entry> entries = new ArrayList<>();
    for (KeyReuse k : d.keyReused()) {
      entries.add(
          new ReleaseDiff.Entry(
              "key_reused",
              k.key(),
              k.after().get("name_ar"),
              List.of(
                  new ReleaseDiff.FieldChange(
                      "name_ar",
                      k.before().get("name_ar"),
                      k.after().get("name_ar"),
                      "key_reused"))));
    }
    for (RecordChange c : d.changed()) {
      List<ReleaseDiff.FieldChange> changes = new ArrayList<>();
      for (FieldChange f : c.changed()) {
        changes.add(new ReleaseDiff.FieldChange(f.field(), f.before(), f.after(), "changed"));
      }
      for (FieldChange f : c.reformatted()) {
        changes.add(new ReleaseDiff.FieldChange(f.field(), f.before(), f.after(), "reformatted"));
      }
      entries.add(new ReleaseDiff.Entry("changed", c.key(), null, changes));
    }
    for (Map<String, String> a : d.added()) {
      entries.add(
          new ReleaseDiff.Entry(
              "added", a.get("id"), a.getOrDefault("name_ar", a.get("name_en")), List.of()));
    }
    for (Map<String, String> r : d.removed()) {
      entries.add(
          new ReleaseDiff.Entry(
              "removed", r.get("id"), r.getOrDefault("name_ar", r.get("name_en")), List.of()));
    }
    for (RecordChange c : d.reformatted()) {
      List<ReleaseDiff.FieldChange> changes = new ArrayList<>();
      for (FieldChange f : c.reformatted()) {
        changes.add(new ReleaseDiff.FieldChange(f.field(), f.before(), f.after(), "reformatted"));
      }
      entries.add(new ReleaseDiff.Entry("reformatted", c.key(), null, changes));
    }
    return new ReleaseDiff(source, from, to, summary, entries);
  }
}
