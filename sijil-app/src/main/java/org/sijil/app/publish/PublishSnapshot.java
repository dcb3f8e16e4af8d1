package org.sijil.app.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.RegisterRecords;
import org.sijil.app.estimate.EstimateRegister;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.CurrentLink;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;

/**
 * Use case: read what the register publishes, as the earlier steps stored it — every record in the
 * register's order, each record's person and link probability from the latest link runs, who ran
 * them, the review queue and decisions, and the published estimate. Nothing is trained, scored or
 * estimated here; links are explained on demand from the stored model ({@link LinkExplainer}).
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
   */
  public record Snapshot(
      RegisterRecords records,
      Map<RecordKey, CurrentLink> links,
      Map<Long, Linkage.RunInfo> runs,
      List<Linkage.QueuedPair> queue,
      List<Linkage.Decision> decisions,
      Optional<EstimateRegister.Published> estimate,
      LinkExplainer explainer) {

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
    RegisterRecords records = RegisterRecords.read(reg);
    Linkage linkage = reg.linkage();
    Map<RecordKey, CurrentLink> links = linkage.currentLinks();
    Map<Long, Linkage.RunInfo> runs = new java.util.HashMap<>();
    for (Linkage.RunInfo r : linkage.runs()) {
      runs.put(r.id(), r);
    }
    Linkage.StoredModel model = links.isEmpty() ? null : linkage.latestModel().orElse(null);
    return new Snapshot(
        records,
        links,
        runs,
        linkage.queue(),
        linkage.reviews(),
        new EstimateRegister(reg).published(),
        new LinkExplainer(records, model));
  }
}
