package org.sijil.cli.linkage;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.OutputFormat;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.linkage.Explanation;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.record.CasualtyRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil explain}: the match-weight waterfall of one pair of records. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Shows why the model scores two records as it does: the prior, then for each comparison the"
          + " level the pair reached, the values compared, m, u and the weight in bits, ending with"
          + " the final match weight and probability.",
      "  sijil explain A.csv:12 B.csv:40     row 12 of A against row 40 of B (as 'sijil link A B')",
      "  sijil explain A.csv:12 A.csv:97     two rows of one file (as 'sijil dedupe A')",
      "  sijil explain --db PATH 1:12 2:40   two records of the register (RELEASE_ID:ROW), with the"
          + " model of the register's latest linking run",
      "Rows are 1-based data rows after the header. Without --model the model is trained on the"
          + " file(s) exactly as link/dedupe would (same seed, same result)."
    })
public final class ExplainCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Parameters(
      arity = "2",
      paramLabel = "RECORD",
      description = "FILE:ROW, or RELEASE_ID:ROW with --db.")
  List<String> records = new ArrayList<>();

  @Mixin JobOptions job;

  @Mixin FormatOption format;

  @Mixin DbOption db;

  @Override
  public Integer call() {
    if (commandSpec.commandLine().getParseResult().hasMatchedOption("--db")) {
      ReviewCommand.requireRegister(db);
      Explanation e = RegisterLinking.explain(db.path(), records.get(0), records.get(1), job);
      print(e);
      return 0;
    }
    Ref a = Ref.parse(records.get(0));
    Ref b = Ref.parse(records.get(1));
    PrintWriter err = commandSpec.commandLine().getErr();
    List<CasualtyRecord> left = ListFile.read(a.file, job.readOptions(), err);
    boolean same = a.file.toAbsolutePath().normalize().equals(b.file.toAbsolutePath().normalize());
    List<CasualtyRecord> right = same ? null : ListFile.read(b.file, job.readOptions(), err);
    int ia = a.index(left);
    int ib = b.index(same ? left : right) + (same ? 0 : left.size());
    Linker linker =
        same
            ? Linker.dedupe(job.spec(Set.of()), left, job.threads())
            : Linker.link(job.spec(Set.of()), left, right, job.threads());
    LinkageModel model = job.loadModel();
    if (model == null) {
      err.println("training the model on the input (use --model to reuse a saved one)...");
      err.flush();
      model = linker.train();
    }
    print(linker.explain(model, ia, ib));
    return 0;
  }

  private void print(Explanation e) {
    PrintWriter out = commandSpec.commandLine().getOut();
    if (format.format() == OutputFormat.JSON) {
      Printer.printJson(e, out);
      return;
    }
    Table t = new Table("step", "level", "left", "right", "m", "u", "weight", "total");
    double total = e.priorWeight();
    t.add("prior", "", "", "", "", fmt(e.prior()), bits(e.priorWeight()), bits(total));
    for (Explanation.Term term : e.terms()) {
      total += term.weight();
      t.add(
          term.comparison(),
          term.level(),
          term.left(),
          term.right(),
          fmt(term.m()),
          fmt(term.u()),
          bits(term.weight()),
          bits(total));
      if (term.termFrequency() != 0) {
        total += term.termFrequency();
        t.add(
            term.comparison() + " (frequency)",
            "",
            "",
            "",
            "",
            "",
            bits(term.termFrequency()),
            bits(total));
      }
    }
    t.add("result", "", "", "", "", "", "", bits(e.weight()));
    Printer.print(t, format.format(), out);
    if (format.format() == OutputFormat.TABLE) {
      out.printf(Locale.ROOT, "match probability %.6f%n", e.probability());
      out.flush();
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  private static String bits(double v) {
    return String.format(Locale.ROOT, "%+.2f", v);
  }

  /** FILE:ROW. */
  record Ref(Path file, long row) {
    static Ref parse(String s) {
      int colon = s.lastIndexOf(':');
      if (colon <= 0) {
        throw new UserError("expected FILE:ROW, got '" + s + "'");
      }
      try {
        return new Ref(Path.of(s.substring(0, colon)), Long.parseLong(s.substring(colon + 1)));
      } catch (NumberFormatException e) {
        throw new UserError("expected FILE:ROW with a row number, got '" + s + "'");
      }
    }

    int index(List<CasualtyRecord> records) {
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i).row() == row) {
          return i;
        }
      }
      throw new UserError(file + " has no data row " + row + " (it has " + records.size() + ")");
    }
  }
}
