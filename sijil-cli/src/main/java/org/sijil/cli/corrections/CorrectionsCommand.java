package org.sijil.cli.corrections;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sijil.app.corrections.Corrections;
import org.sijil.app.corrections.ReleaseCorrections;
import org.sijil.app.corrections.Removal;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "corrections",
    mixinStandardHelpOptions = true,
    description = {
      "List the keys of a source removed between consecutive releases, and whether a later release"
          + " lists them again.",
      "JSON: {source, releases: [{label, records, keys, added, removed, returned}], removed: [{key,"
          + " name, removed_in, last_in}], returned: [{key, name, removed_in, returned_in}]}."
          + " 'removed' lists every removal, including those that later returned.",
    })
public final class CorrectionsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin FormatOption format;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "The source, e.g. moh.")
  String source;

  @Override
  public Integer call() {
    Corrections c;
    try (Register reg = Register.open(db.existing())) {
      c = ReleaseCorrections.of(reg, source);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.format() == OutputFormat.JSON) {
      Printer.printJson(toJson(c), out);
      return 0;
    }
    Table t = new Table("key", "name", "last_in", "removed_in", "returned_in");
    for (Removal r : c.removed()) {
      t.add(r.key(), r.name(), r.lastIn(), r.removedIn(), r.returnedIn());
    }
    if (format.format() == OutputFormat.TABLE) {
      for (Corrections.ReleaseFigures f : c.releases()) {
        out.printf(
            "release %s: %,d records, %,d keys; %,d added, %,d removed, %,d returned%n",
            f.label(), f.records(), f.keys(), f.added(), f.removed(), f.returned());
      }
      out.printf(
          "%,d removals between releases of %s, %,d of them returned later.%n",
          c.removed().size(), c.source(), c.returned().size());
      if (c.removed().isEmpty()) {
        out.flush();
        return 0;
      }
    }
    Printer.print(t, format.format(), out);
    return 0;
  }

  static Map<String, Object> toJson(Corrections c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", c.source());
    m.put(
        "releases",
        c.releases().stream()
            .map(
                f -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("label", f.label());
                  x.put("records", f.records());
                  x.put("keys", f.keys());
                  x.put("added", f.added());
                  x.put("removed", f.removed());
                  x.put("returned", f.returned());
                  return x;
                })
            .toList());
    m.put("removed", c.removed().stream().map(r -> item(r, false)).toList());
    m.put("returned", c.returned().stream().map(r -> item(r, true)).toList());
    return m;
  }

  private static Map<String, Object> item(Removal r, boolean returned) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("key", r.key());
    x.put("name", r.name());
    x.put("removed_in", r.removedIn());
    if (returned) {
      x.put("returned_in", r.returnedIn());
    } else {
      x.put("last_in", r.lastIn());
    }
    return x;
  }
}
