package org.sijil.search;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts a query's hits without scoring them, stopping at a limit: {@code min(hits, limit)}. A
 * count that reaches the limit is only a lower bound, so nothing past it is visited.
 */
final class LimitedCount {

  private LimitedCount() {}

  /** The number of hits of {@code q}, or {@code limit} when there are that many or more. */
  static long of(IndexSearcher s, Query q, long limit) throws IOException {
    AtomicLong counted = new AtomicLong();
    s.search(q, new Manager(counted, limit));
    return Math.min(counted.get(), limit);
  }

  private record Manager(AtomicLong counted, long limit)
      implements CollectorManager<Collector, Void> {

    @Override
    public Collector newCollector() {
      return new Collector() {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
          if (counted.get() >= limit) {
            throw new CollectionTerminatedException();
          }
          return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
              if (counted.incrementAndGet() >= limit) {
                throw new CollectionTerminatedException();
              }
            }
          };
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      };
    }

    @Override
    public Void reduce(Collection<Collector> collectors) {
      return null;
    }
  }
}
