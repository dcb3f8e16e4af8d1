package org.sijil.app.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sijil.core.linkage.ScoredPairs;
import org.sijil.store.Linkage.PersonLink;

/**
 * Person ids for a run's clusters. A cluster holding earlier persons keeps the smallest of their
 * ids and the others merge into it; a cluster of relinked records takes the earlier id most of its
 * records had, if still free; otherwise it is a new person. An earlier id no cluster kept lives on
 * as an alias of where most of its records went.
 *
 * @param links the records whose person is (re)written by this run, with their best link
 * @param newPersons ids given to new persons
 * @param merged earlier id → the id it now lives on as
 * @param whereOldWent earlier id → (id → how many of its records went there)
 */
record PersonIds(
    List<PersonLink> links,
    List<Long> newPersons,
    Map<Long, Long> merged,
    Map<Long, Map<Long, Integer>> whereOldWent) {

  static PersonIds assign(LinkStart start, int[] cluster, ScoredPairs pairs, long maxPersonId) {
    return new Assigner(start, pairs, cluster, maxPersonId).run();
  }

  /** The best probability linking each record to another in its cluster (NaN for none). */
  static double[] bestLinks(int[] cluster, ScoredPairs pairs) {
    double[] best = new double[cluster.length];
    Arrays.fill(best, Double.NaN);
    for (int i = 0; i < pairs.size(); i++) {
      int a = pairs.left(i);
      int b = pairs.right(i);
      if (cluster[a] == cluster[b]) {
        double p = pairs.probability(i);
        best[a] = Double.isNaN(best[a]) ? p : Math.max(best[a], p);
        best[b] = Double.isNaN(best[b]) ? p : Math.max(best[b], p);
      }
    }
    return best;
  }

  private static final class Assigner {
    private final LinkStart start;
    private final int[] cluster;
    private final double[] best;
    private long next;
    private final List<PersonLink> links = new ArrayList<>();
    private final List<Long> newPersons = new ArrayList<>();
    private final Map<Long, Long> merged = new HashMap<>();
    private final Set<Long> taken = new HashSet<>();
    private final Map<Long, Map<Long, Integer>> whereOldWent = new HashMap<>();

    Assigner(LinkStart start, ScoredPairs pairs, int[] cluster, long maxPersonId) {
      this.start = start;
      this.cluster = cluster;
      this.best = bestLinks(cluster, pairs);
      this.next = maxPersonId;
    }

    PersonIds run() {
      Map<Integer, List<Integer>> members = new TreeMap<>();
      for (int i = 0; i < cluster.length; i++) {
        members.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(i);
      }
      members.values().forEach(this::place);
      aliasUnkeptIds();
      return new PersonIds(links, newPersons, merged, whereOldWent);
    }

    private void place(List<Integer> m) {
      long keepId = keptEarlierId(m);
      if (keepId == Long.MAX_VALUE) {
        keepId = mostCommonFreeId(m);
      }
      if (keepId == Long.MAX_VALUE) {
        keepId = ++next;
        newPersons.add(keepId);
      }
      taken.add(keepId);
      for (int i : m) {
        long earlier = start.person()[i];
        if (!start.touching()[i] && earlier >= 0 && earlier != keepId) {
          merged.put(earlier, keepId);
        }
        Long old = start.assigned().get(start.data().keys().get(i));
        if (old != null) {
          whereOldWent.computeIfAbsent(old, k -> new TreeMap<>()).merge(keepId, 1, Integer::sum);
        }
        if (start.touching()[i] || old == null || !start.reuse()) {
          Double p = Double.isNaN(best[i]) ? null : best[i];
          links.add(new PersonLink(start.data().keys().get(i), keepId, p));
        }
      }
    }

    /** The smallest earlier person id among members this run does not relink. */
    private long keptEarlierId(List<Integer> m) {
      long keepId = Long.MAX_VALUE;
      for (int i : m) {
        if (!start.touching()[i] && start.person()[i] >= 0) {
          keepId = Math.min(keepId, start.person()[i]);
        }
      }
      return keepId;
    }

    /** Reopened or retrained: the earlier id most of the members had, if still free. */
    private long mostCommonFreeId(List<Integer> m) {
      Map<Long, Integer> votes = new TreeMap<>();
      for (int i : m) {
        Long old = start.assigned().get(start.data().keys().get(i));
        if (old != null && !taken.contains(old)) {
          votes.merge(old, 1, Integer::sum);
        }
      }
      long keepId = Long.MAX_VALUE;
      int most = 0;
      for (Map.Entry<Long, Integer> v : votes.entrySet()) {
        if (v.getValue() > most) {
          most = v.getValue();
          keepId = v.getKey();
        }
      }
      return keepId;
    }

    private void aliasUnkeptIds() {
      for (Map.Entry<Long, Map<Long, Integer>> e : whereOldWent.entrySet()) {
        if (!taken.contains(e.getKey()) && !merged.containsKey(e.getKey())) {
          long target =
              e.getValue().entrySet().stream()
                  .max(
                      Map.Entry.<Long, Integer>comparingByValue()
                          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                  .orElseThrow()
                  .getKey();
          merged.put(e.getKey(), target);
        }
      }
    }
  }
}
