package org.sijil.server.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.server.model.Link;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;

/** The review queue and past decisions as the server shows them, each pair with its explanation. */
final class ReviewLoader {

  private ReviewLoader() {}

  /** The server's id of a stored pair, the one the CLI shows too: {@code 1:12~2:40}. */
  static String pairId(Linkage.Pair pair) {
    return pair.id();
  }

  static Linkage.Pair parsePairId(String id) {
    return Linkage.Pair.parse(id);
  }

  /** Items carry the stored probability; their waterfalls are explained when an item is opened. */
  static List<ReviewItem> load(
      List<Linkage.QueuedPair> queue,
      List<Linkage.Decision> decisions,
      Map<RecordKey, Integer> index,
      List<SourceRecord> views) {
    Map<String, ReviewItem> items = new LinkedHashMap<>();
    Map<Linkage.Pair, Double> queued = new java.util.HashMap<>();
    for (Linkage.QueuedPair q : queue) {
      queued.put(q.pair(), q.probability());
      ReviewItem item = item(q.pair(), q.probability(), null, index, views);
      if (item != null) {
        items.put(item.pairId(), item);
      }
    }
    for (Linkage.Decision d : decisions) {
      ReviewItem item = item(d.pair(), queued.getOrDefault(d.pair(), Double.NaN), d, index, views);
      if (item != null) {
        items.put(item.pairId(), item);
      }
    }
    return new ArrayList<>(items.values());
  }

  private static ReviewItem item(
      Linkage.Pair pair,
      double queuedProbability,
      Linkage.Decision decision,
      Map<RecordKey, Integer> index,
      List<SourceRecord> views) {
    Integer a = index.get(pair.a());
    Integer b = index.get(pair.b());
    if (a == null || b == null) {
      return null; // a record of a release since replaced
    }
    double p = Double.isNaN(queuedProbability) ? 0.5 : queuedProbability;
    String verdict = decision == null ? null : decision.verdict().code();
    Link link = new Link(views.get(a).recordId(), views.get(b).recordId(), p, List.of(), verdict);
    return new ReviewItem(
        pairId(pair),
        views.get(a),
        views.get(b),
        link,
        decision == null ? null : decision.by(),
        decision == null ? null : decision.note());
  }
}
