package org.sijil.server.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sijil.app.estimate.PublishedEstimate;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;
import org.sijil.server.model.Statistics;

/**
 * Everything the web pages and the API read from, and the one thing they write to, the register.
 * The server depends only on this, so it can be tested over an in-memory register and run over the
 * store.
 */
public interface RegisterService {

  /**
   * Persons matching a name (either script, tolerant of spelling variants) and filters, one page.
   */
  SearchResult search(SearchQuery query);

  /**
   * Every person matching the query's name and filters, ignoring its paging (downloads, memorial).
   */
  List<Person> matching(SearchQuery query);

  Optional<Person> person(String personId);

  /** Releases of every source, grouped by source, oldest first. */
  List<Release> releases();

  /**
   * What changed between two releases of a source.
   *
   * @param from the older release, or null for the release just before {@code to}
   * @return empty when the source or a release is unknown or {@code to} is the first release
   */
  Optional<ReleaseDiff> diff(String source, String from, String to);

  Statistics statistics();

  /** The register's estimate, when one has been computed. */
  Optional<PublishedEstimate> estimate();

  /**
   * Why there is no estimate (e.g. it needs 2 to 6 sources), as the estimate run stored it; empty
   * when there is an estimate or nothing is known.
   */
  default Optional<String> estimateNote() {
    return Optional.empty();
  }

  /** Pairs waiting for review first, then decided ones, most uncertain first. */
  List<ReviewItem> reviewQueue();

  /**
   * The pairs of {@link #reviewQueue()} with either record among {@code recordIds} (a person's), in
   * the queue's order, found without going through the whole queue.
   */
  List<ReviewItem> reviewsOf(Collection<String> recordIds);

  Optional<ReviewItem> reviewItem(String pairId);

  /**
   * Records an analyst's decision on a pair: "match" or "non-match" overrides the model from then
   * on; "unsure" is kept with its author and leaves the pair waiting for a second analyst.
   *
   * @throws java.util.NoSuchElementException when the pair is unknown
   */
  ReviewItem decide(String pairId, String decision, String note, String decidedBy);

  /**
   * The integrity log's stamp (size and root, {@code org.sijil.app.integrity.LogStamp}) of the
   * snapshot served; empty when the register has no log.
   */
  default Optional<String> logStamp() {
    return Optional.empty();
  }

  /** A number that changes whenever anything the API serves changes (for ETags). */
  long version();

  /**
   * Keys of {@code source} removed between consecutive releases and whether they returned; empty
   * when the source is unknown or this register cannot tell.
   */
  default Optional<org.sijil.app.corrections.Corrections> corrections(String source) {
    return Optional.empty();
  }

  /**
   * Display names of sources, by source code, as analysts set them; empty when none are set (pages
   * then show the codes, {@code web.SourceLabels}).
   */
  default java.util.Map<String, org.sijil.server.model.SourceName> sourceNames() {
    return java.util.Map.of();
  }

  /**
   * True while the register is still being read into memory after the server started and only
   * search, releases and person pages answer; statistics, memorial and downloads then say the
   * register is loading instead of waiting (issue 14).
   */
  default boolean loading() {
    return false;
  }

  /** Sources (list names) present in the register, sorted. */
  default List<String> sources() {
    return releases().stream().map(Release::source).distinct().sorted().toList();
  }
}
