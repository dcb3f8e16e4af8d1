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
import org.sijil.core.stats.Demographics;
import org.sijil.store.Register;
import org.sijil.store.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show a release's demographic table as data teams publish it: men and women (18-64), boys and"
          + " girls (under 18), senior men and women (65+), no age by sex — counts and percent of the"
          + " release. Ages are completed years; groups add up to the total.",
    })
public final class ShowCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DbOption db;
  @Mixin FormatOption format;
  @Mixin ReleaseOption source;

  @Parameters(index = "0", paramLabel = "RELEASE", description = "The release label.")
  String label;

  @Override
  public Integer call() {
    Demographics d = new Demographics();
    Release r;
    try (Register reg = Register.open(db.existing())) {
      r = reg.releases().resolve(source.source(), label);
      reg.records().forEach(r.id(), d::add);
    }
    print(r, d, format.format(), spec.commandLine().getOut());
    return 0;
  }

  static Table table(Demographics d) {
    Table t = new Table("group", "count", "percent");
    for (Demographics.Row row : d.rows()) {
      t.add(row.group().label(), row.count(), String.format("%.1f", row.percent()));
    }
    t.add("total", d.total(), d.total() == 0 ? "0.0" : "100.0");
    return t;
  }

  static void print(Release r, Demographics d, OutputFormat format, PrintWriter out) {
    if (format == OutputFormat.JSON) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", r.source());
      m.put("release", r.label());
      m.put("as_of", r.asOf() == null ? null : r.asOf().toString());
      m.put("total", d.total());
      List<Map<String, Object>> groups = new ArrayList<>();
      for (Demographics.Row row : d.rows()) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("group", row.group().name().toLowerCase(java.util.Locale.ROOT));
        g.put("label", row.group().label());
        g.put("count", row.count());
        g.put("percent", Math.round(row.percent() * 10) / 10.0);
        groups.add(g);
      }
      m.put("groups", groups);
      Printer.printJson(m, out);
      return;
    }
    if (format == OutputFormat.TABLE) {
      out.println(
          r.source()
              + " / "
              + r.label()
              + (r.asOf() == null ? "" : " (as of " + r.asOf() + ")")
              + ": "
              + d.total()
              + " records");
    }
    Printer.print(table(d), format, out);
  }
}
