package org.sijil.cli.linkage;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import org.sijil.app.Actor;
import org.sijil.app.link.LinkRegister;
import org.sijil.cli.CliProgress;
import org.sijil.core.linkage.Explanation;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;

/** {@code sijil link --db}: links the register's releases into persons ({@link LinkRegister}). */
final class RegisterLinking {

  private final Path db;
  private final JobOptions job;
  private final PrintWriter err;
  private final PrintWriter out;
  private final double reviewLow;
  private final double reviewHigh;
  private final boolean retrain;

  RegisterLinking(
      Path db,
      JobOptions job,
      PrintWriter err,
      PrintWriter out,
      double reviewLow,
      double reviewHigh,
      boolean retrain) {
    this.db = db;
    this.job = job;
    this.err = err;
    this.out = out;
    this.reviewLow = reviewLow;
    this.reviewHigh = reviewHigh;
    this.retrain = retrain;
  }

  static LinkRegister.Options options(JobOptions job, double low, double high, boolean retrain) {
    return new LinkRegister.Options(
        job.spec(Set.of()), job.threshold, low, high, job.maxPairs, job.threads(), retrain);
  }

  int run(Actor by) {
    if (!Register.exists(db)) {
      throw new org.sijil.core.UserError(
          "no register at " + db + ": import a release first, or give --db PATH");
    }
    try (Register reg = Register.open(db);
        CliProgress progress = new CliProgress("link", err)) {
      err.println("candidate pairs per blocking rule (before removing repeats):");
      LinkRegister.Result r =
          new LinkRegister(
                  reg,
                  org.sijil.app.search.RegisterSearchIndex.listener(
                      org.sijil.app.search.RegisterSearchIndex.directoryOf(db), progress::note))
              .run(options(job, reviewLow, reviewHigh, retrain), by, progress);
      out.printf(
          "%,d records, %,d persons; %,d records linked now, %,d new persons, %,d persons merged,"
              + " %,d pairs queued for review%s%n",
          r.records(),
          r.persons(),
          r.linkedNow(),
          r.newPersons(),
          r.merged(),
          r.queued(),
          r.trained() ? " (model trained)" : "");
      out.flush();
    }
    return 0;
  }

  static Explanation explain(Path db, String a, String b, JobOptions job) {
    try (Register reg = Register.open(db)) {
      return new LinkRegister(reg)
          .explain(RecordKey.parse(a), RecordKey.parse(b), options(job, 0.3, 0.7, false));
    }
  }
}
