package org.sijil.server.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.RegisterRecords;
import org.sijil.app.publish.LinkExplainer;
import org.sijil.core.linkage.Explanation;
import org.sijil.server.model.ExplanationTerm;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.Explanations;
import org.sijil.store.Linkage.RecordKey;

/** Link waterfalls from the stored model of the latest link run, computed when a page asks. */
final class StoredExplanations implements Explanations {

  /**
   * Persons with more records than this get their links explained against their first record only.
   */
  private static final int FULL_PAIRS_UP_TO = 12;

  private final LinkExplainer explainer;
  private final List<SourceRecord> views;
  private final Map<String, Integer> byRecordId;

  StoredExplanations(LinkExplainer explainer, List<SourceRecord> views) {
    this(explainer, views, new HashMap<>(views.size() * 4 / 3 + 1));
    for (int i = 0; i < views.size(); i++) {
      byRecordId.put(views.get(i).recordId(), i);
    }
  }

  private StoredExplanations(
      LinkExplainer explainer, List<SourceRecord> views, Map<String, Integer> byRecordId) {
    this.explainer = explainer;
    this.views = views;
    this.byRecordId = byRecordId;
  }

  /** Builds the model's linkage job over the records now, not at the first person page. */
  @Override
  public void prepare() {
    explainer.prepare();
  }

  /** The register's records these explain, in its order, as the register read them. */
  RegisterRecords records() {
    return explainer.records();
  }

  /**
   * These explanations over {@code amended}, the records after analysts' amendments ({@link
   * RegisterRecords#amended}): the records of {@code replaced} shown anew, the others shared. The
   * model's linkage job is built again at the first explanation, from the amended records.
   */
  StoredExplanations amended(RegisterRecords amended, Map<RecordKey, SourceRecord> replaced) {
    RegisterRecords before = explainer.records();
    List<SourceRecord> shown = new ArrayList<>(amended.size());
    for (RecordKey k : amended.keys()) {
      SourceRecord r = replaced.get(k);
      shown.add(r != null ? r : views.get(before.index().get(k)));
    }
    LinkExplainer over = explainer.over(amended);
    if (amended.size() == before.size()) {
      return new StoredExplanations(over, shown, byRecordId); // no record moved
    }
    return new StoredExplanations(over, shown);
  }

  /** Each record as the server shows it, in the register's order. */
  List<SourceRecord> views() {
    return views;
  }

  /**
   * For each record after the first, its best-scoring partner among the person's earlier records.
   */
  @Override
  public List<Link> links(Person person) {
    List<SourceRecord> recs = person.records();
    if (!explainer.available() || recs.size() < 2) {
      return person.links();
    }
    List<Link> out = new ArrayList<>();
    for (int i = 1; i < recs.size(); i++) {
      Link best = null;
      int partners = recs.size() <= FULL_PAIRS_UP_TO ? i : 1;
      for (int j = 0; j < partners; j++) {
        Link l = explain(recs.get(j).recordId(), recs.get(i).recordId()).orElse(null);
        if (l != null && (best == null || l.probability() > best.probability())) {
          best = l;
        }
      }
      if (best != null) {
        out.add(best);
      }
    }
    return out;
  }

  @Override
  public Optional<Link> explain(String leftRecordId, String rightRecordId) {
    Integer a = byRecordId.get(leftRecordId);
    Integer b = byRecordId.get(rightRecordId);
    if (a == null || b == null) {
      return Optional.empty();
    }
    return explainer.explain(a, b).map(e -> link(e, a, b));
  }

  private Link link(Explanation e, int a, int b) {
    List<ExplanationTerm> terms = new ArrayList<>();
    terms.add(new ExplanationTerm("prior", "", e.priorWeight()));
    for (Explanation.Term t : e.terms()) {
      terms.add(new ExplanationTerm(t.comparison(), t.level(), t.weight()));
      if (t.termFrequency() != 0) {
        terms.add(new ExplanationTerm(t.comparison() + " (frequency)", "", t.termFrequency()));
      }
    }
    return new Link(views.get(a).recordId(), views.get(b).recordId(), e.probability(), terms, null);
  }
}
