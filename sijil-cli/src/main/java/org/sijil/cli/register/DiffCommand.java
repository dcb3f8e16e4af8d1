package org.sijil.cli.register;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.diff.ChangeDigest;
import org.sijil.core.diff.DiffResult;
import org.sijil.core.diff.DuplicateKey;
import org.sijil.core.diff.FieldChange;
import org.sijil.core.diff.KeyReuse;
import org.sijil.core.diff.RecordChange;
import org.sijil.core.diff.ReleaseDiff;
import org.sijil.core.diff.Revision;
import org.sijil.core.record.CanonicalField;
import org.sijil.store.Register;
import org.sijil.store.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two releases of a source by a key field: added, removed and changed records with"
          + " field-level old and new values.",
      "The comparison is semantic: the same value written differently (\"0\" -> \"7 months\", spacing or"
          + " punctuation in names) is 'reformatted', not changed; a birth year revised by one is a change."
          + " Only fields both releases have are compared. Keys used twice in a release are listed and left"
          + " out; a key now pointing to a clearly different person (different name) is 'key_reused';"
          + " a name respelled by a letter or two with the same age and sex is not.",
      "'revised' and 'filled' count the changed records explained by a systematic revision (the same"
          + " shift in many records, e.g. every age +1, listed once under 'revisions') or by a value"
          + " unknown before ('-1' ages) and known now.",
      "JSON: {summary: {added, removed, changed, revised, filled, reformatted, key_reused,"
          + " duplicate_keys, unchanged, ...}, revisions: [{field, shift, unit, records}],"
          + " added: [...], removed: [...], changed: [{key, row_before, row_after, fields: [{field, before,"
          + " after}], reformatted: [...]}], reformatted: [...], key_reused: [{key, before, after,"
          + " name_similarity}], duplicate_keys: [{key, release, rows}]}.",
    })
public final class DiffCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin FormatOption format;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "The source, e.g. moh.")
  String source;

  @Parameters(index = "1", paramLabel = "RELEASE_A", description = "The earlier release.")
  String before;

  @Parameters(index = "2", paramLabel = "RELEASE_B", description = "The later release.")
  String after;

  @Option(
      names = "--key",
      paramLabel = "FIELD",
      defaultValue = "id",
      description =
          "The canonical field identifying a record across releases (default: ${DEFAULT-VALUE}).")
  String key;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description =
          "Entries listed per kind in table output; 0 for all (default: ${DEFAULT-VALUE}). JSON and CSV list all.")
  int limit;

  @Override
  public Integer call() {
    CanonicalField keyField =
        CanonicalField.byKey(key)
            .orElseThrow(
                () ->
                    new UserError(
                        "unknown --key field '"
                            + key
                            + "'; use one of id, name_ar, name_en, age, dob, sex, source, dod, place"));
    DiffResult d;
    Release a;
    Release b;
    try (Register reg = Register.open(db.existing())) {
      a = reg.releases().resolve(source, before);
      b = reg.releases().resolve(source, after);
      d =
          ReleaseDiff.compare(
              new ReleaseDiff.Side(reg.records().list(a.id()), a.mapping()),
              new ReleaseDiff.Side(reg.records().list(b.id()), b.mapping()),
              keyField);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format.format()) {
      case JSON -> Printer.printJson(toJson(a, b, key, d), out);
      case CSV -> Printer.print(flat(d, key), OutputFormat.CSV, out);
      case TABLE -> printText(a, b, d, out);
    }
    return 0;
  }

  static Map<String, Object> summary(DiffResult d) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("added", d.added().size());
    s.put("removed", d.removed().size());
    s.put("changed", d.changed().size());
    ChangeDigest digest = ChangeDigest.of(d.changed());
    s.put("revised", digest.revised().size());
    s.put("filled", digest.filled().size());
    s.put("reformatted", d.reformatted().size());
    s.put("key_reused", d.keyReused().size());
    s.put("duplicate_keys", d.duplicateKeys().size());
    s.put("unchanged", d.unchanged());
    s.put("without_key_before", d.withoutKeyBefore());
    s.put("without_key_after", d.withoutKeyAfter());
    return s;
  }

  static Map<String, Object> toJson(Release a, Release b, String key, DiffResult d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", a.source());
    m.put("before", a.label());
    m.put("after", b.label());
    m.put("key", key);
    m.put("compared_fields", d.comparedFields());
    m.put("summary", summary(d));
    m.put("revisions", ChangeDigest.of(d.changed()).revisions());
    m.put("added", keyed(d.added(), key));
    m.put("removed", keyed(d.removed(), key));
    m.put("changed", d.changed().stream().map(DiffCommand::change).toList());
    m.put("reformatted", d.reformatted().stream().map(DiffCommand::change).toList());
    List<Map<String, Object>> reused = new ArrayList<>();
    for (KeyReuse k : d.keyReused()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("key", k.key());
      e.put("before", k.before());
      e.put("after", k.after());
      e.put("name_similarity", Math.round(k.nameSimilarity() * 1000) / 1000.0);
      reused.add(e);
    }
    m.put("key_reused", reused);
    List<Map<String, Object>> dups = new ArrayList<>();
    for (DuplicateKey k : d.duplicateKeys()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("key", k.key());
      e.put("release", k.side().equals("before") ? a.label() : b.label());
      e.put("rows", k.rows());
      dups.add(e);
    }
    m.put("duplicate_keys", dups);
    return m;
  }

  private static List<Map<String, Object>> keyed(List<Map<String, String>> records, String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, String> r : records) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("key", r.get(key));
      e.put("record", r);
      out.add(e);
    }
    return out;
  }

  private static Map<String, Object> change(RecordChange c) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("key", c.key());
    e.put("row_before", c.rowBefore());
    e.put("row_after", c.rowAfter());
    e.put("fields", c.changed().stream().map(DiffCommand::field).toList());
    e.put("reformatted", c.reformatted().stream().map(DiffCommand::field).toList());
    return e;
  }

  private static Map<String, Object> field(FieldChange f) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("field", f.field());
    e.put("before", f.before());
    e.put("after", f.after());
    return e;
  }

  /** One line per reported item (per field for changes), for CSV. */
  static Table flat(DiffResult d, String key) {
    Table t = new Table("kind", "key", "row_before", "row_after", "field", "before", "after");
    for (Map<String, String> r : d.removed()) {
      t.add("removed", r.get(key), r.get("row"), "", "", "", "");
    }
    for (Map<String, String> r : d.added()) {
      t.add("added", r.get(key), "", r.get("row"), "", "", "");
    }
    for (RecordChange c : d.changed()) {
      for (FieldChange f : c.changed()) {
        t.add("changed", c.key(), c.rowBefore(), c.rowAfter(), f.field(), f.before(), f.after());
      }
      for (FieldChange f : c.reformatted()) {
        t.add(
            "reformatted", c.key(), c.rowBefore(), c.rowAfter(), f.field(), f.before(), f.after());
      }
    }
    for (RecordChange c : d.reformatted()) {
      for (FieldChange f : c.reformatted()) {
        t.add(
            "reformatted", c.key(), c.rowBefore(), c.rowAfter(), f.field(), f.before(), f.after());
      }
    }
    for (KeyReuse k : d.keyReused()) {
      t.add(
          "key_reused",
          k.key(),
          k.before().get("row"),
          k.after().get("row"),
          "name",
          name(k.before()),
          name(k.after()));
    }
    for (DuplicateKey k : d.duplicateKeys()) {
      t.add(
          "duplicate_key",
          k.key(),
          k.side().equals("before") ? k.rows().toString() : "",
          k.side().equals("after") ? k.rows().toString() : "",
          "",
          "",
          "");
    }
    return t;
  }

  private static String name(Map<String, String> r) {
    return r.getOrDefault("name_ar", r.getOrDefault("name_en", ""));
  }

  private void printText(Release a, Release b, DiffResult d, PrintWriter out) {
    out.println(
        a.source()
            + ": "
            + a.label()
            + " -> "
            + b.label()
            + " by "
            + key
            + "; compared fields: "
            + String.join(", ", d.comparedFields()));
    Table s = new Table("kind", "count");
    summary(d).forEach(s::add);
    Printer.print(s, OutputFormat.TABLE, out);
    for (Revision r : ChangeDigest.of(d.changed()).revisions()) {
      out.printf(
          "systematic revision: %s %s %s in %,d records (counted in 'changed' and 'revised')%n",
          r.field(), r.signedShift(), r.unit(), r.records());
    }
    Table all = flat(d, key);
    Map<String, Integer> shown = new LinkedHashMap<>();
    Table t = new Table(all.columns());
    java.util.Set<String> keysShown = new java.util.HashSet<>();
    for (List<Object> row : all.rows()) {
      String kind = (String) row.get(0);
      String id = kind + "\u0000" + row.get(1);
      if (!keysShown.contains(id)) {
        if (limit > 0 && shown.getOrDefault(kind, 0) >= limit) {
          continue;
        }
        keysShown.add(id);
        shown.merge(kind, 1, Integer::sum);
      }
      t.add(row.toArray());
    }
    if (!t.rows().isEmpty()) {
      out.println();
      Printer.print(t, OutputFormat.TABLE, out);
      if (limit > 0) {
        out.println(
            "(at most "
                + limit
                + " keys per kind; --limit 0 lists all, --format json or csv gives everything)");
      }
    }
    out.flush();
  }
}
