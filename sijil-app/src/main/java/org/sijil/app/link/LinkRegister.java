package org.sijil.app.link;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.RegisterRecords;
import org.sijil.app.estimate.EstimateRegister;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.linkage.Decisions;
import org.sijil.core.linkage.Explanation;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.RuleCount;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.core.linkage.spec.DefaultSpecs;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.PersonLink;
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
          java.util.Map.of("records", String.valueOf(n)),
          null);
    }
    Map<RecordKey, Long> assigned = store.assignments();
    Optional<Linkage.StoredModel> stored = store.latestModel();
    // Incremental: earlier persons stay, only pairs touching new records are compared.
    boolean reuse = stored.isPresent() && !o.retrain() && !assigned.isEmpty();
    long[] person = new long[n];
    for (int i = 0; i < n; i++) {
      Long p = assigned.get(data.keys().get(i));
      person[i] = reuse && p != null ? p : -1;
    }
    Decisions decisions = Decisions.none();
    List<long[]> nonMatchInside = new ArrayList<>();
    for (Linkage.Decision d : store.decisions()) {
      Integer a = data.index().get(d.pair().a());
      Integer b = data.index().get(d.pair().b());
      if (a == null || b == null) {
        continue;
      }
      if (d.match()) {
        decisions.match(a, b);
      } else {
        decisions.nonMatch(a, b);
        if (person[a] >= 0 && person[a] == person[b]) {
          nonMatchInside.add(new long[] {person[a]});
        }
      }
    }
    // A person a reviewer split is re-formed from its records in this run.
    java.util.Set<Long> reopened = new java.util.HashSet<>();
    nonMatchInside.forEach(p -> reopened.add(p[0]));
    boolean[] touching = new boolean[n];
    int fresh = 0;
    for (int i = 0; i < n; i++) {
      if (person[i] < 0 || reopened.contains(person[i])) {
        touching[i] = true;
        fresh++;
      }
    }
    boolean pendingMerges = false;
    for (Linkage.Decision d : store.decisions()) {
      Integer a = data.index().get(d.pair().a());
      Integer b = data.index().get(d.pair().b());
      if (a != null && b != null && d.match() && (person[a] < 0 || person[a] != person[b])) {
        pendingMerges = true;
      }
    }
    if (fresh == 0 && !pendingMerges) {
      log.accept("all " + n + " records are linked; nothing to do");
      return new Result(
          n,
          0,
          countPersons(assigned),
          0,
          0,
          0,
          false,
          List.of(),
          stored.map(Linkage.StoredModel::id).orElse(0L),
          by.name());
    }
    // The stored model is reused while the register has not doubled since it was trained: a model
    // fitted on one release (few duplicates, a prior for fewer pairs) does not fit many releases.
    boolean reuseModel = reuse && trainedOn(stored.get()) * 2 >= n;
    LinkageSpec spec =
        reuseModel ? LinkageJson.readSpec(stored.get().spec(), "stored spec") : o.spec();
    Linker job = Linker.dedupe(spec, data.records(), o.threads());
    List<RuleCount> counts = job.candidateCounts();
    counts.forEach(c -> log.accept(String.format("  %-32s %,d", c.rule(), c.pairs())));
    job.checkPairLimit(o.maxPairs());
    LinkageModel model;
    if (reuseModel) {
      model = LinkageJson.readModel(stored.get().model(), "stored model");
      log.accept("reusing stored model " + stored.get().id());
    } else {
      model = job.train();
      log.accept(String.format("trained a model on %,d records (prior %.3g)", n, model.prior()));
    }
    if (reuse) {
      log.accept("comparing only pairs touching " + fresh + " new or reopened records");
    }
    double keep = Math.min(o.reviewLow(), Math.min(o.threshold(), 0.01));
    ScoredPairs pairs = reuse ? job.scoreTouching(model, keep, touching) : job.score(model, keep);
    int[] initial = new int[n];
    Map<Long, Integer> group = new HashMap<>();
    for (int i = 0; i < n; i++) {
      initial[i] =
          touching[i] || person[i] < 0 ? -1 : group.computeIfAbsent(person[i], k -> group.size());
    }
    int[] cluster = job.cluster(model, pairs, o.threshold(), decisions, initial);
    // Person ids: a cluster holding existing persons keeps the smallest id; the others merge into
    // it.
    long next = store.maxPersonId();
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(i);
    }
    double[] best = new double[n];
    java.util.Arrays.fill(best, Double.NaN);
    for (int i = 0; i < pairs.size(); i++) {
      int a = pairs.left(i);
      int b = pairs.right(i);
      if (cluster[a] == cluster[b]) {
        double p = pairs.probability(i);
        best[a] = Double.isNaN(best[a]) ? p : Math.max(best[a], p);
        best[b] = Double.isNaN(best[b]) ? p : Math.max(best[b], p);
      }
    }
    List<PersonLink> links = new ArrayList<>();
    List<Long> newPersons = new ArrayList<>();
    Map<Long, Long> merged = new HashMap<>();
    java.util.Set<Long> taken = new java.util.HashSet<>();
    Map<Long, Map<Long, Integer>> whereOldWent = new HashMap<>();
    for (List<Integer> m : members.values()) {
      long keepId = Long.MAX_VALUE;
      for (int i : m) {
        if (!touching[i] && person[i] >= 0) {
          keepId = Math.min(keepId, person[i]);
        }
      }
      if (keepId == Long.MAX_VALUE) {
        // Reopened or retrained: the earlier id most of the members had, if still free.
        Map<Long, Integer> votes = new TreeMap<>();
        for (int i : m) {
          Long old = assigned.get(data.keys().get(i));
          if (old != null && !taken.contains(old)) {
            votes.merge(old, 1, Integer::sum);
          }
        }
        int most = 0;
        for (Map.Entry<Long, Integer> v : votes.entrySet()) {
          if (v.getValue() > most) {
            most = v.getValue();
            keepId = v.getKey();
          }
        }
      }
      if (keepId == Long.MAX_VALUE) {
        keepId = ++next;
        newPersons.add(keepId);
      }
      taken.add(keepId);
      for (int i : m) {
        if (!touching[i] && person[i] >= 0 && person[i] != keepId) {
          merged.put(person[i], keepId);
        }
        Long old = assigned.get(data.keys().get(i));
        if (old != null) {
          whereOldWent.computeIfAbsent(old, k -> new TreeMap<>()).merge(keepId, 1, Integer::sum);
        }
        if (touching[i] || old == null || !reuse) {
          links.add(
              new PersonLink(data.keys().get(i), keepId, Double.isNaN(best[i]) ? null : best[i]));
        }
      }
    }
    // An earlier person whose id no cluster kept now lives on as an alias of where most records
    // went.
    for (Map.Entry<Long, Map<Long, Integer>> e : whereOldWent.entrySet()) {
      if (!taken.contains(e.getKey()) && !merged.containsKey(e.getKey())) {
        long target =
            e.getValue().entrySet().stream()
                .max(
                    Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(
                            Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .get()
                .getKey();
        merged.put(e.getKey(), target);
      }
    }
    List<Linkage.QueuedPair> queue = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < pairs.size(); i++) {
      double p = pairs.probability(i);
      int a = pairs.left(i);
      int b = pairs.right(i);
      if (p >= o.reviewLow() && p < o.reviewHigh() && !decisions.isDecided(a, b)) {
        queue.add(
            new Linkage.QueuedPair(
                new Linkage.Pair(data.keys().get(a), data.keys().get(b)), p, 0, now));
      }
    }
    String modelDocument = LinkageJson.write(model);
    Linkage.Run run =
        new Linkage.Run(
            LinkageJson.write(job.spec()),
            modelDocument,
            links,
            newPersons,
            merged,
            queue,
            !reuse,
            by.name());
    // The run and its log entry (model document hash, persons root) are stored together.
    long modelId =
        reg.transaction(
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
              PersonMerges.log(reg, merged, whereOldWent, id, by);
              return id;
            });
    int persons = (int) java.util.Arrays.stream(cluster).distinct().count();
    return new Result(
        n,
        links.size(),
        persons,
        newPersons.size(),
        merged.size(),
        queue.size(),
        !reuseModel,
        counts,
        modelId,
        by.name());
  }

  private static long trainedOn(Linkage.StoredModel m) {
    Object records = LinkageJson.readModel(m.model(), "stored model").training().get("records");
    return records instanceof Number num ? num.longValue() : 0;
  }

  private static int countPersons(Map<RecordKey, Long> assigned) {
    return (int) assigned.values().stream().distinct().count();
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
