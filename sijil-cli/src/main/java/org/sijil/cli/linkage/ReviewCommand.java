package org.sijil.cli.linkage;

import java.util.concurrent.Callable;
import org.sijil.cli.DbOption;
import org.sijil.cli.FormatOption;
import org.sijil.cli.Printer;
import org.sijil.cli.Table;
import org.sijil.core.UserError;
import org.sijil.store.Linkage;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sijil review}: the queue of uncertain pairs and reviewers' decisions. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Pairs the model was unsure about ('sijil link --db' queues those in its review band).",
      "A decision is stored with its author and time, overrides the model and holds in every later run."
    },
    subcommands = {ReviewCommand.ListPairs.class, ReviewCommand.Decide.class})
public final class ReviewCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: list or decide.");
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Undecided pairs, most uncertain first, --limit at a time (says so when more wait).",
        "A pair is written RELEASE:ROW~RELEASE:ROW, as on the web review page.",
        "A pair marked unsure stays here with who marked it (unsure_by)."
      })
  static final class ListPairs implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;
    @Mixin FormatOption format;

    @Option(
        names = "--limit",
        defaultValue = "50",
        paramLabel = "N",
        description = "At most N pairs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
        names = "--offset",
        defaultValue = "0",
        paramLabel = "N",
        description = "Skip the first N pairs, to page through a long queue (default: 0).")
    int offset;

    @Override
    public Integer call() {
      requireRegister(db);
      if (limit < 0 || offset < 0) {
        throw new UserError("--limit and --offset must be 0 or more");
      }
      try (Register reg = Register.open(db.path())) {
        Table t =
            new Table("pair", "probability", "left_name", "right_name", "queued_at", "unsure_by");
        java.util.Map<Linkage.Pair, String> unsure = new java.util.HashMap<>();
        reg.linkage().unsure().forEach(d -> unsure.put(d.pair(), d.by()));
        java.util.Map<Long, java.util.Map<Long, org.sijil.core.record.CasualtyRecord>> cache =
            new java.util.HashMap<>();
        java.util.List<Linkage.QueuedPair> queue = reg.linkage().queue();
        int end = (int) Math.min(queue.size(), (long) offset + limit);
        for (Linkage.QueuedPair q : queue.subList(Math.min(offset, end), end)) {
          t.add(
              q.pair().id(),
              Math.round(q.probability() * 1e4) / 1e4,
              name(reg, cache, q.pair().a()),
              name(reg, cache, q.pair().b()),
              q.queuedAt().toString(),
              unsure.getOrDefault(q.pair(), ""));
        }
        Printer.print(t, format.format(), spec.commandLine().getOut());
        // Never a silent cut: say which part of how many was shown (on stderr, so CSV and JSON
        // stay clean), and how to see the rest.
        String showing = showing(offset, end, queue.size());
        if (showing != null) {
          spec.commandLine().getErr().println(showing);
          spec.commandLine().getErr().flush();
        }
      }
      return 0;
    }

    /** "showing 1-50 of 263 pairs; next: --offset 50"; null when the whole queue was shown. */
    static String showing(int offset, int end, int total) {
      if (offset == 0 && end >= total) {
        return null;
      }
      String text =
          total == 0 || offset >= total
              ? "showing none of " + total + (total == 1 ? " pair" : " pairs")
              : "showing "
                  + (offset + 1)
                  + "-"
                  + end
                  + " of "
                  + total
                  + (total == 1 ? " pair" : " pairs");
      return end < total ? text + "; next: --offset " + end : text;
    }

    private static String name(
        Register reg,
        java.util.Map<Long, java.util.Map<Long, org.sijil.core.record.CasualtyRecord>> cache,
        Linkage.RecordKey k) {
      java.util.Map<Long, org.sijil.core.record.CasualtyRecord> rows =
          cache.computeIfAbsent(
              k.releaseId(),
              id -> {
                java.util.Map<Long, org.sijil.core.record.CasualtyRecord> m =
                    new java.util.HashMap<>();
                reg.records().forEach(id, r -> m.put(r.row(), r));
                return m;
              });
      org.sijil.core.record.CasualtyRecord r = rows.get(k.row());
      if (r == null) {
        return "";
      }
      return r.nameAr() != null ? r.nameAr() : (r.nameEn() == null ? "" : r.nameEn());
    }
  }

  @Command(
      name = "decide",
      mixinStandardHelpOptions = true,
      description = {
        "Records a decision on PAIR (RELEASE:ROW~RELEASE:ROW, as 'review list' and the web show it).",
        "match or non-match takes effect at the next 'sijil link --db';"
            + " unsure is kept with its author and leaves the pair in the queue for a second analyst."
      })
  static final class Decide implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin DbOption db;

    @Parameters(index = "0", paramLabel = "PAIR")
    String pair;

    @Parameters(index = "1", paramLabel = "DECISION", description = "match, non-match or unsure.")
    String decision;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides.")
    String by;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept with the decision).")
    String note;

    @Override
    public Integer call() {
      Linkage.Verdict verdict = Linkage.Verdict.ofCode(decision);
      requireRegister(db);
      Linkage.Pair p = Linkage.Pair.parse(pair);
      try (Register reg = Register.open(db.path())) {
        for (Linkage.RecordKey k : java.util.List.of(p.a(), p.b())) {
          boolean[] found = {false};
          if (reg.releases().list().stream().noneMatch(r -> r.id() == k.releaseId())) {
            throw new UserError("the register has no release " + k.releaseId());
          }
          reg.records().forEach(k.releaseId(), r -> found[0] |= r.row() == k.row());
          if (!found[0]) {
            throw new UserError("release " + k.releaseId() + " has no record at row " + k.row());
          }
        }
        new org.sijil.app.review.RecordReviewDecision(reg)
            .run(
                new org.sijil.app.review.RecordReviewDecision.Request(p, verdict, note), actor(by));
      }
      spec.commandLine()
          .getOut()
          .printf(
              "%s: %s by %s (%s)%n",
              p.id(),
              verdict.code(),
              by,
              verdict == Linkage.Verdict.UNSURE
                  ? "kept in the queue for a second analyst"
                  : "applies at the next 'sijil link --db'");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  private static org.sijil.app.Actor actor(String by) {
    try {
      return new org.sijil.app.Actor(by);
    } catch (IllegalArgumentException e) {
      throw new UserError("--by: " + e.getMessage());
    }
  }

  static void requireRegister(DbOption db) {
    if (!Register.exists(db.path())) {
      throw new UserError(
          "no register at " + db.path() + ": import a release first, or give --db PATH");
    }
  }
}
