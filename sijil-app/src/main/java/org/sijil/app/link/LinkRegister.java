package org.sijil.app.link;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.RegisterRecords;
import org.sijil.app.estimate.EstimateRegister;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.linkage.Explanation;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.RuleCount;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;

/**
 * Use case: link every record of the register into persons, and publish the estimate over them. The
 * first run trains a model on all records, scores all candidate pairs and clusters them. Later runs
 * reuse the stored model and compare only candidate pairs touching records not yet linked (a new
 * release), starting from the existing persons: existing persons keep their ids, new records join
 * them or form new persons, and a person merged into another keeps its id as an alias. Reviewers'
 * decisions override the model: a non-match inside a person reopens that person's records for this
 * run; a match merges.
 */
public final class LinkRegister {

  /** The progress phase: records linked (reported once the run is stored). */
  public static final String PHASE = "link";

  /**
   * @param spec spec for training (ignored when a stored model is reused)
   * @param threshold match probability at which records join
   * @param reviewLow lower end of the uncertainty band queued for review
   * @param reviewHigh upper end of the band (exclusive)
   * @param maxPairs cap on one blocking rule's candidate pairs
   * @param threads worker threads
   * @param retrain train a new model even when one is stored (relinks everything)
   */
  public record Options(
      LinkageSpec spec,
      double threshold,
      double reviewLow,
      double reviewHigh,
      long maxPairs,
      int threads,
      boolean retrain) {

    /** Cap on one rule's candidate pairs by default. */
    public static final long DEFAULT_MAX_PAIRS = 200_000_000L;

    /** The built-in spec, threshold 0.5, review band [0.2, 0.8), all cores, incremental. */
    public static Options defaults() {
      return new Options(
          DefaultSpecs.casualtyLists(),
          0.5,
          0.2,
          0.8,
          DEFAULT_MAX_PAIRS,
          Runtime.getRuntime().availableProcessors(),
          false);
    }
  }

  /** What a run did; {@code by} ran it. */
  public record Result(
      int records,
      int linkedNow,
      int persons,
      int newPersons,
      int merged,
      int queued,
      boolean trained,
      List<RuleCount> candidates,
      long modelId,
      String by) {}

  private final Register reg;
  private final org.sijil.app.RegisterChanged changed;

  /** The use case over an open register. */
  public LinkRegister(Register reg) {
    this(reg, org.sijil.app.RegisterChanged.NONE);
  }

  /** The use case over an open register, telling {@code changed} after every run (search index). */
  public LinkRegister(Register reg, org.sijil.app.RegisterChanged changed) {
    this.reg = reg;
    this.changed = changed;
  }

  /**
   * Links the register, stores the run (model, persons, review queue) with its actor, and publishes
   * the estimate over the persons ({@link EstimateRegister#publish}).
   *
   * @throws SijilException {@link ErrorCode#REGISTER_EMPTY} with fewer than two records
   */
  public Result run(Options o, Actor by, ProgressListener listener) {
    Result r = link(o, by, listener::note);
    new org.sijil.app.intake.CorroborateSubmissions(reg).afterLinkRun(r.modelId(), by);
    listener.progress(PHASE, r.records(), r.records());
    if (r.linkedNow() > 0 || reg.estimates().latest(EstimateRegister.PUBLISHED).isEmpty()) {
      new EstimateRegister(reg).publish(by, r.modelId());
    }
    // Told even when nothing was linked now: a missing or stale index is brought up to date.
    changed.changed(reg);
    return r;
  }

  private Result link(Options o, Actor by, Consumer<String> log) {
    Linkage store = reg.linkage();
    RegisterRecords data = RegisterRecords.read(reg);
    int n = data.size();
    if (n < 2) {
      throw new SijilException(
          ErrorCode.REGISTER_EMPTY,
          "the register holds " + n + " record(s): import releases first",
          null,
          null,
          null,
          Map.of("records", String.valueOf(n)),
          null);
    }
    LinkStart start = LinkStart.read(data, store, o.retrain());
    Optional<Linkage.StoredModel> stored = start.stored();
    if (start.upToDate()) {
      log.accept("all " + n + " records are linked; nothing to do");
      long modelId = stored.map(Linkage.StoredModel::id).orElse(0L);
      return new Result(
          n, 0, start.earlierPersons(), 0, 0, 0, false, List.of(), modelId, by.name());
    }
    // The stored model is reused while the register has not doubled since it was trained: a model
    // fitted on one release (few duplicates, a prior for fewer pairs) does not fit many releases.
    boolean reuseModel = start.reuse() && trainedOn(stored.get()) * 2 >= n;
    LinkageSpec spec =
        reuseModel ? LinkageJson.readSpec(stored.get().spec(), "stored spec") : o.spec();
    Linker job = Linker.dedupe(spec, data.records(), o.threads());
    List<RuleCount> counts = job.candidateCounts();
    counts.forEach(c -> log.accept(String.format("  %-32s %,d", c.rule(), c.pairs())));
    job.checkPairLimit(o.maxPairs());
    LinkageModel model = model(job, reuseModel ? stored.get() : null, n, log);
    if (start.reuse()) {
      log.accept("comparing only pairs touching " + start.fresh() + " new or reopened records");
    }
    double keep = Math.min(o.reviewLow(), Math.min(o.threshold(), 0.01));
    ScoredPairs pairs =
        start.reuse() ? job.scoreTouching(model, keep, start.touching()) : job.score(model, keep);
    int[] cluster =
        job.cluster(model, pairs, o.threshold(), start.decisions(), start.initialClusters());
    PersonIds ids = PersonIds.assign(start, cluster, pairs, store.maxPersonId());
    List<Linkage.QueuedPair> queue = reviewQueue(pairs, start, o);
    String modelDocument = LinkageJson.write(model);
    Linkage.Run run =
        new Linkage.Run(
            LinkageJson.write(job.spec()),
            modelDocument,
            ids.links(),
            ids.newPersons(),
            ids.merged(),
            queue,
            !start.reuse(),
            by.name());
    long modelId = save(run, modelDocument, ids, by);
    int persons = (int) java.util.Arrays.stream(cluster).distinct().count();
    return new Result(
        n,
        ids.links().size(),
        persons,
        ids.newPersons().size(),
        ids.merged().size(),
        queue.size(),
        !reuseModel,
        counts,
        modelId,
        by.name());
  }

  /** The stored model when it is reused, or one trained now. */
  private static LinkageModel model(
      Linker job, Linkage.StoredModel reused, int n, Consumer<String> log) {
    if (reused != null) {
      log.accept("reusing stored model " + reused.id());
      return LinkageJson.readModel(reused.model(), "stored model");
    }
    LinkageModel model = job.train();
    log.accept(String.format("trained a model on %,d records (prior %.3g)", n, model.prior()));
    return model;
  }

  /** Pairs in the review band that no reviewer has decided. */
  private static List<Linkage.QueuedPair> reviewQueue(
      ScoredPairs pairs, LinkStart start, Options o) {
    List<Linkage.QueuedPair> queue = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < pairs.size(); i++) {
      double p = pairs.probability(i);
      int a = pairs.left(i);
      int b = pairs.right(i);
      if (p >= o.reviewLow() && p < o.reviewHigh() && !start.decisions().isDecided(a, b)) {
        List<RecordKey> keys = start.data().keys();
        queue.add(new Linkage.QueuedPair(new Linkage.Pair(keys.get(a), keys.get(b)), p, 0, now));
      }
    }
    return queue;
  }

  /**
   * Stores the run, its log entry (model document hash, persons root) and its merges' entries
   * together.
   */
  private long save(Linkage.Run run, String modelDocument, PersonIds ids, Actor by) {
    Linkage store = reg.linkage();
    return reg.transaction(
        () -> {
          long id = store.save(run);
          org.sijil.app.integrity.PersonsRoot root =
              org.sijil.app.integrity.PersonsRoot.of(store.assignments());
          new org.sijil.app.integrity.RegisterLog(reg)
              .append(
                  new org.sijil.core.integrity.LogEntry.LinkRun(
                      org.sijil.app.integrity.RegisterLog.now(),
                      by.name(),
                      org.sijil.core.integrity.Hashes.hex(
                          org.sijil.core.integrity.Hashes.sha256(
                              modelDocument.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                      root.root(),
                      root.persons()),
                  "model:" + id);
          PersonMerges.log(reg, ids.merged(), ids.whereOldWent(), id, by);
          return id;
        });
  }

  private static long trainedOn(Linkage.StoredModel m) {
    Object records = LinkageJson.readModel(m.model(), "stored model").training().get("records");
    return records instanceof Number num ? num.longValue() : 0;
  }

  /**
   * The waterfall for two register records, with the latest stored model (or, when nothing is
   * linked yet, a model trained now on the register).
   */
  public Explanation explain(RecordKey a, RecordKey b, Options o) {
    RegisterRecords data = RegisterRecords.read(reg);
    int ia = data.of(a);
    int ib = data.of(b);
    Optional<Linkage.StoredModel> stored = reg.linkage().latestModel();
    LinkageSpec spec =
        stored.isPresent() ? LinkageJson.readSpec(stored.get().spec(), "stored spec") : o.spec();
    Linker job = Linker.dedupe(spec, data.records(), o.threads());
    LinkageModel model =
        stored.isPresent()
            ? LinkageJson.readModel(stored.get().model(), "stored model")
            : job.train();
    return job.explain(model, ia, ib);
  }
}
