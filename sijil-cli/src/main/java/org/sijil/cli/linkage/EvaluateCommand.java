package org.sijil.cli.linkage;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.core.linkage.Evaluation;
import org.sijil.core.record.CasualtyRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sijil evaluate}: run link or dedupe and score the result against a truth field. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Links two files (or dedupes one) and measures the result against a truth field.",
      "The truth field is never used for matching. Records whose truth value is empty or does not"
          + " match --truth-pattern are unknown: links touching them are left out of precision and"
          + " they are left out of recall.",
      "Prints pairwise precision, recall and F1, and for dedupe cluster metrics"
          + " (clusters found/true, true clusters reproduced exactly)."
    })
public final class EvaluateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Parameters(arity = "1..2", paramLabel = "FILE", description = "One list (dedupe) or two (link).")
  List<Path> files = new ArrayList<>();

  @Mixin JobOptions job;

  @Mixin FormatOption format;

  @Option(
      names = "--truth",
      required = true,
      paramLabel = "FIELD",
      description = "Field holding the true person (e.g. id, true_person).")
  String truth;

  @Option(
      names = "--truth-pattern",
      paramLabel = "REGEX",
      description =
          "Only truth values matching this are known (e.g. '\\d{9}' for complete ID numbers).")
  String truthPattern;

  @Option(names = "--one-to-one", description = "Link mode: each record in at most one link.")
  boolean oneToOne;

  @Option(
      names = "--list-copies",
      description =
          "With --one-to-one: a list's own copies of a linked record share its link (as 'sijil link"
              + " --list-copies').")
  boolean listCopies;

  @Option(
      names = "--case",
      paramLabel = "CASE",
      defaultValue = "as-is",
      description =
          "Link mode, names the lists keep: as-is (default); arabic-latin (left Arabic only,"
              + " right Latin only); latin-latin (Latin only, the right list's rewritten from its Arabic"
              + " names in synth's second romanization, as another publisher writes them); arabic (Arabic only).")
  String evaluationCase;

  @Override
  public Integer call() {
    PrintWriter err = commandSpec.commandLine().getErr();
    job.validate();
    Pattern pattern = truthPattern == null ? null : Pattern.compile(truthPattern);
    List<CasualtyRecord> left = ListFile.read(files.get(0), job.readOptions(), err);
    Fields.require(left, truth, files.get(0).toString());
    List<CasualtyRecord> right = null;
    if (files.size() == 2) {
      right = ListFile.read(files.get(1), job.readOptions(), err);
      Fields.require(right, truth, files.get(1).toString());
    } else if (oneToOne) {
      throw new UserError("--one-to-one needs two files");
    }
    EvaluationCase mode = EvaluationCase.of(evaluationCase);
    if (mode != EvaluationCase.AS_IS) {
      if (right == null) {
        throw new UserError("--case " + evaluationCase + " needs two files");
      }
      left = mode.left(left);
      right = mode.right(right);
    }
    long t0 = System.nanoTime();
    FileJob run = FileJob.run(job, job.spec(Set.of(truth)), left, right, err);
    int n = run.linker.table().size();
    String[] truthOf = new String[n];
    int i = 0;
    for (CasualtyRecord r : left) {
      truthOf[i++] = known(Fields.value(r, truth), pattern);
    }
    if (right != null) {
      for (CasualtyRecord r : right) {
        truthOf[i++] = known(Fields.value(r, truth), pattern);
      }
    }
    Evaluation e;
    if (right != null) {
      List<int[]> links = LinkCommand.links(run, job.threshold, oneToOne, listCopies);
      e = Evaluation.ofLinks(links, left.size(), truthOf);
    } else {
      e = Evaluation.ofClusters(run.clusters(job.threshold), truthOf);
    }
    double seconds = FileJob.seconds(t0);
    Table t = new Table("metric", "value");
    Map<String, Object> m = new java.util.LinkedHashMap<>(e.asMap());
    m.put("seconds", Math.round(seconds * 10) / 10.0);
    m.forEach(t::add);
    Printer.print(t, format.format(), commandSpec.commandLine().getOut());
    return 0;
  }

  private static String known(String v, Pattern p) {
    if (v == null || v.isBlank()) {
      return null;
    }
    v = v.trim();
    return p == null || p.matcher(v).matches() ? v : null;
  }
}
