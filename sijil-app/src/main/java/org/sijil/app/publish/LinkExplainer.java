package org.sijil.app.publish;

import java.util.Optional;
import org.sijil.app.RegisterRecords;
import org.sijil.core.linkage.Explanation;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.store.Linkage;

/**
 * Explains a pair of register records with the stored model of the latest link run, on demand: the
 * linkage job over the records (features, term frequencies) is built at the first explanation, not
 * when the register is published, and kept. Thread-safe.
 */
public final class LinkExplainer {

  private final RegisterRecords records;
  private final Linkage.StoredModel stored;
  private volatile Linker linker;
  private volatile LinkageModel model;

  LinkExplainer(RegisterRecords records, Linkage.StoredModel stored) {
    this.records = records;
    this.stored = stored;
  }

  /**
   * An explainer with the same stored model over {@code amended} (the records after analysts'
   * amendments): its linkage job, term frequencies included, is built from those records at its
   * first explanation, as after a fresh read.
   */
  public LinkExplainer over(RegisterRecords amended) {
    return new LinkExplainer(amended, stored);
  }

  /** The records this explains, in the register's order. */
  public RegisterRecords records() {
    return records;
  }

  /** True when there is a stored model to explain with. */
  public boolean available() {
    return stored != null && records.size() >= 2;
  }

  /**
   * The waterfall of records a and b (indices in {@link RegisterRecords} order), if a model is
   * stored.
   */
  public Optional<Explanation> explain(int a, int b) {
    if (!available()) {
      return Optional.empty();
    }
    prepare();
    return Optional.of(linker.explain(model, a, b));
  }

  /** Builds the linkage job now (e.g. on a background thread after start). */
  public void prepare() {
    if (linker != null || !available()) {
      return;
    }
    synchronized (this) {
      if (linker == null) {
        LinkageSpec spec = LinkageJson.readSpec(stored.spec(), "stored spec");
        model = LinkageJson.readModel(stored.model(), "stored model");
        linker = Linker.dedupe(spec, records.records(), Runtime.getRuntime().availableProcessors());
      }
    }
  }
}
