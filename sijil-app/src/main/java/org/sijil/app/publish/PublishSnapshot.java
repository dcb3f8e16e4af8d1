package org.sijil.app.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.RegisterRecords;
import org.sijil.app.StopSignal;
import org.sijil.app.estimate.EstimateRegister;
import org.sijil.app.integrity.PublishedReleases;
import org.sijil.app.records.PublishedAmendments;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.CurrentLink;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: read what the register publishes, as the earlier steps stored it — every record in the
 * register's order (of the releases a pending witness quorum does not hold back, {@link
 * PublishedReleases}; with analysts' corrections applied and removed records left out, {@link
 * PublishedAmendments}), each record's person and link probability from the latest link runs, who
 * ran them, the review queue and decisions, and the published estimate. Nothing is trained, scored
 * or estimated here; links are explained on demand from the stored model ({@link LinkExplainer}).
 */
public final class PublishSnapshot {

  /**
   * What a server publishes.
   *
   * @param records every record, in the register's order
   * @param links each linked record's current link (empty before the first link run)
   * @param runs every link run with its actor, by id
   * @param queue pairs waiting for review
   * @param decisions the latest review per pair: match, non-match or unsure (only the first two
   *     bind the linker; an unsure pair is still in {@code queue})
   * @param estimate the published estimate run, if any
   * @param explainer explains a pair from the stored model, on demand
   * @param corrections analysts' corrections noted on each record ({@link PublishedAmendments})
   * @param amendments the register's latest amendment id (0 when none), for the search state
   */
  public record Snapshot(
      RegisterRecords records,
      Map<RecordKey, CurrentLink> links,
      Map<Long, Linkage.RunInfo> runs,
      List<Linkage.QueuedPair> queue,
      List<Linkage.Decision> decisions,
      Optional<EstimateRegister.Published> estimate,
      LinkExplainer explainer,
      Map<RecordKey, List<PublishedAmendments.Note>> corrections,
      long amendments) {

    /** True once a link run has placed records in persons. */
    public boolean linked() {
      return !links.isEmpty();
    }
  }

  private final Register reg;

  public PublishSnapshot(Register reg) {
    this.reg = reg;
  }

  /** Reads the snapshot; the register may be closed afterwards. */
  public Snapshot read() {
    return read(StopSignal.NEVER);
  }

  /**
   * As {@link #read()}, checking {@code stop} between its steps and every {@link StopSignal#ROWS}
   * records: asked to stop, it throws {@link StopSignal.Stopped} and returns nothing half-read.
   */
  public Snapshot read(StopSignal stop) {
    List<Release> shown = PublishedReleases.of(reg);
    RegisterRecords all = RegisterRecords.read(reg, shown, stop);
    stop.check();
    PublishedAmendments.Applied applied = PublishedAmendments.apply(all, reg.amendments().all());
    RegisterRecords records = applied.records();
    boolean partial = shown.size() < reg.releases().list().size() || applied.removed() > 0;
    Linkage linkage = reg.linkage();
    stop.check();
    Map<RecordKey, CurrentLink> links = linkage.currentLinks();
    stop.check();
    List<Linkage.QueuedPair> queue = linkage.queue();
    List<Linkage.Decision> decisions = linkage.reviews();
    if (partial) {
      // Held-back releases and removed records take their links and review pairs with them.
      Map<RecordKey, Integer> in = records.index();
      links = new java.util.HashMap<>(links);
      links.keySet().retainAll(in.keySet());
      queue = queue.stream().filter(q -> shows(in, q.pair())).toList();
      decisions = decisions.stream().filter(d -> shows(in, d.pair())).toList();
    }
    Map<Long, Linkage.RunInfo> runs = new java.util.HashMap<>();
    for (Linkage.RunInfo r : linkage.runs()) {
      runs.put(r.id(), r);
    }
    Linkage.StoredModel model = links.isEmpty() ? null : linkage.latestModel().orElse(null);
    return new Snapshot(
        records,
        links,
        runs,
        queue,
        decisions,
        new EstimateRegister(reg).published(),
        new LinkExplainer(records, model),
        applied.notes(),
        reg.amendments().lastId());
  }

  private static boolean shows(Map<RecordKey, Integer> in, Linkage.Pair pair) {
    return in.containsKey(pair.a()) && in.containsKey(pair.b());
  }
}
