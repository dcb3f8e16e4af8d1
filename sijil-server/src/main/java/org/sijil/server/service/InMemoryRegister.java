package org.sijil.server.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sijil.app.estimate.PublishedEstimate;
import org.sijil.search.PersonSearch;
import org.sijil.search.SearchHit;
import org.sijil.search.SearchPage;
import org.sijil.search.SearchRequest;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;
import org.sijil.server.model.Statistics;

/**
 * The register as the server publishes it, held in memory and searched through a {@link
 * PersonSearch} index (persisted next to the register when the caller gives one, see {@code
 * sijil-search}). Reads are lock-free over immutable data; review decisions go to a {@link
 * ReviewRecorder} (the store) and replace the item in the queue.
 */
public final class InMemoryRegister implements RegisterService {

  /** {@link #reviewQueue()}'s order: waiting first, then the most uncertain, then by pair. */
  private static final Comparator<ReviewItem> QUEUE_ORDER =
      Comparator.comparing((ReviewItem r) -> ReviewItem.settles(r.link().decision()))
          .thenComparingDouble(r -> Math.abs(r.link().probability() - 0.5))
          .thenComparing(ReviewItem::pairId);

  private final List<Person> persons;
  private final Map<String, Integer> byId;
  private final PersonSearch search;
  private final RegisterData data;
  private final java.util.concurrent.ConcurrentHashMap<
          String, Optional<org.sijil.app.corrections.Corrections>>
      correctionsCache;
  private final PersonSearch.SyncResult syncResult;
  private final Statistics statistics;
  private final Map<String, ReviewItem> review = new LinkedHashMap<>();

  /** The pairs of {@link #review} by each of their records' ids (a decision keeps the records). */
  private final Map<String, List<String>> pairsByRecord = new HashMap<>();

  private final ReviewRecorder recorder;
  private final AtomicLong version = new AtomicLong(1);
  private final java.util.concurrent.ConcurrentHashMap<String, Optional<ReleaseDiff>> diffCache;

  /** Persons whose links were explained on demand. */
  private final java.util.concurrent.ConcurrentHashMap<String, Person> explained;

  /**
   * A register served from {@code data}, searched through {@code search}, which is brought up to
   * date with the persons here (incrementally; nothing is written when it already is).
   */
  public InMemoryRegister(RegisterData data, ReviewRecorder recorder, PersonSearch search) {
    this(data, recorder, search, null);
  }

  /**
   * A register served from {@code data}, searched through {@code search}, which the caller has
   * already brought up to date with these persons (the application's {@code RegisterSearchIndex},
   * from the same snapshot) as {@code synced} says; null to sync it here.
   */
  public InMemoryRegister(
      RegisterData data,
      ReviewRecorder recorder,
      PersonSearch search,
      PersonSearch.SyncResult synced) {
    this.data = data;
    this.search = search;
    this.recorder = recorder;
    this.persons = data.persons();
    this.byId = new HashMap<>();
    this.correctionsCache = new java.util.concurrent.ConcurrentHashMap<>();
    this.diffCache = new java.util.concurrent.ConcurrentHashMap<>();
    this.explained = new java.util.concurrent.ConcurrentHashMap<>();
    for (int i = 0; i < persons.size(); i++) {
      if (byId.put(persons.get(i).personId(), i) != null) {
        throw new IllegalArgumentException("duplicate person id " + persons.get(i).personId());
      }
    }
    this.syncResult = synced != null ? synced : search.sync(PersonDocuments.of(persons));
    this.statistics = StatisticsBuilder.of(persons);
    queue(data.review());
  }

  /** {@link #withShown}: {@code data} differs from {@code from}'s in what no person depends on. */
  private InMemoryRegister(InMemoryRegister from, RegisterData data) {
    this.data = data;
    this.search = from.search;
    this.recorder = from.recorder;
    this.persons = from.persons;
    this.byId = from.byId;
    this.syncResult = from.syncResult;
    this.statistics = from.statistics;
    // Diffs, corrections and explained links come from the persons and releases, which are shared.
    this.correctionsCache = from.correctionsCache;
    this.diffCache = from.diffCache;
    this.explained = from.explained;
    queue(data.review());
  }

  /**
   * This view with another review queue (and decisions), log stamp and sources' names: what a
   * change that moves no person (a review decision, a source named, another logged change) changes.
   * The persons, search index, statistics and the diffs and explanations worked out so far are
   * shared.
   */
  public InMemoryRegister withShown(
      List<ReviewItem> review,
      String logStamp,
      Map<String, org.sijil.server.model.SourceName> sourceNames) {
    RegisterData shown =
        new RegisterData(
            data.persons(),
            data.releases(),
            data.diffs(),
            data.estimate(),
            review,
            data.explanations(),
            data.estimateNote(),
            logStamp,
            sourceNames);
    return new InMemoryRegister(this, shown);
  }

  /** A register with its own search index in memory. */
  public InMemoryRegister(RegisterData data, ReviewRecorder recorder) {
    this(data, recorder, PersonSearch.inMemory());
  }

  public InMemoryRegister(RegisterData data) {
    this(data, ReviewRecorder.none());
  }

  /** What this register serves, as it was made (review decisions made since are not in it). */
  public RegisterData data() {
    return data;
  }

  /** The position of a person in {@link RegisterData#persons}, or -1 when there is none. */
  public int positionOf(String personId) {
    Integer i = byId.get(personId);
    return i == null ? -1 : i;
  }

  /** What bringing the search index up to date did when this register was made. */
  public PersonSearch.SyncResult searchSync() {
    return syncResult;
  }

  @Override
  public SearchResult search(SearchQuery q) {
    // The persons are here, found by order and id: the index's stored views are not read.
    SearchPage page = search.searchWithoutViews(request(q, q.offset(), q.limit(), q.facets()));
    List<SearchResult.Hit> hits = new ArrayList<>(page.hits().size());
    for (SearchHit h : page.hits()) {
      Person p = at(h.order(), h.id());
      if (p != null) {
        hits.add(new SearchResult.Hit(p, h.score(), h.reasons()));
      }
    }
    return new SearchResult(
        page.total(),
        page.totalExact(),
        q.offset(),
        q.limit(),
        hits,
        page.facets(),
        page.suggestions());
  }

  @Override
  public List<Person> matching(SearchQuery q) {
    if (q.q().isEmpty() && unfiltered(q)) {
      return persons; // the whole register, in register order, without sorting a million hits
    }
    long[] orders = search.allOrders(request(q, 0, 1, false));
    List<Person> out = new ArrayList<>(orders.length);
    for (long o : orders) {
      Person p = at(o, null);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The person at a register position, or null when the index (shared across reloads) already holds
   * a newer register than this snapshot and the position or id no longer agree.
   */
  private Person at(long order, String id) {
    if (order < 0 || order >= persons.size()) {
      return null;
    }
    Person p = persons.get((int) order);
    return id == null || p.personId().equals(id) ? p : null;
  }

  private static boolean unfiltered(SearchQuery q) {
    return q.sex() == null
        && q.minAge() == null
        && q.maxAge() == null
        && q.source() == null
        && q.release() == null
        && q.place() == null
        && q.dodFrom() == null
        && q.dodTo() == null
        && q.status() == null;
  }

  static SearchRequest request(SearchQuery q, int offset, int limit, boolean facets) {
    return new SearchRequest(
        q.q(),
        q.sex(),
        q.minAge(),
        q.maxAge(),
        q.dodFrom(),
        q.dodTo(),
        q.source(),
        q.release(),
        q.place(),
        q.status(),
        offset,
        limit,
        facets);
  }

  @Override
  public Optional<Person> person(String personId) {
    Integer i = byId.get(personId);
    if (i == null) {
      return Optional.empty();
    }
    Person p = persons.get(i);
    if (p.records().size() < 2 || data.explanations() == Explanations.NONE) {
      return Optional.of(p);
    }
    return Optional.of(
        explained.computeIfAbsent(personId, k -> p.withLinks(data.explanations().links(p))));
  }

  @Override
  public List<Release> releases() {
    return data.releases();
  }

  @Override
  public Optional<ReleaseDiff> diff(String source, String from, String to) {
    String older = from;
    if (older == null) {
      Release previous = null;
      for (Release r : data.releases()) {
        if (r.source().equals(source)) {
          if (r.label().equals(to)) {
            break;
          }
          previous = r;
        }
      }
      if (previous == null) {
        return Optional.empty();
      }
      older = previous.label();
    }
    String olderLabel = older;
    boolean known =
        data.releases().stream()
            .anyMatch(r -> r.source().equals(source) && r.label().equals(olderLabel));
    if (!known) {
      return Optional.empty();
    }
    return diffCache.computeIfAbsent(
        Diffs.key(source, older, to), k -> data.diffs().diff(source, olderLabel, to));
  }

  @Override
  public Optional<org.sijil.app.corrections.Corrections> corrections(String source) {
    if (!sources().contains(source)) {
      return Optional.empty();
    }
    return correctionsCache.computeIfAbsent(source, s -> data.diffs().corrections(s));
  }

  @Override
  public Statistics statistics() {
    return statistics;
  }

  @Override
  public Optional<PublishedEstimate> estimate() {
    return Optional.ofNullable(data.estimate());
  }

  @Override
  public Optional<String> estimateNote() {
    return Optional.ofNullable(data.estimateNote());
  }

  @Override
  public Optional<String> logStamp() {
    return Optional.ofNullable(data.logStamp());
  }

  @Override
  public Map<String, org.sijil.server.model.SourceName> sourceNames() {
    return data.sourceNames();
  }

  /** Keeps {@code items} as the review queue, indexed by their records. */
  private void queue(List<ReviewItem> items) {
    for (ReviewItem item : items) {
      review.put(item.pairId(), item);
      pairsByRecord
          .computeIfAbsent(item.left().recordId(), k -> new ArrayList<>())
          .add(item.pairId());
      pairsByRecord
          .computeIfAbsent(item.right().recordId(), k -> new ArrayList<>())
          .add(item.pairId());
    }
  }

  @Override
  public synchronized List<ReviewItem> reviewQueue() {
    List<ReviewItem> items = new ArrayList<>(review.values());
    items.sort(QUEUE_ORDER);
    return items;
  }

  @Override
  public synchronized List<ReviewItem> reviewsOf(Collection<String> recordIds) {
    Set<String> pairs = new LinkedHashSet<>();
    recordIds.forEach(r -> pairs.addAll(pairsByRecord.getOrDefault(r, List.of())));
    List<ReviewItem> items = new ArrayList<>(pairs.size());
    pairs.forEach(id -> items.add(review.get(id)));
    items.sort(QUEUE_ORDER);
    return items;
  }

  @Override
  public synchronized Optional<ReviewItem> reviewItem(String pairId) {
    ReviewItem item = review.get(pairId);
    if (item == null || !item.link().explanation().isEmpty()) {
      return Optional.ofNullable(item);
    }
    Optional<Link> why =
        data.explanations().explain(item.left().recordId(), item.right().recordId());
    if (why.isEmpty()) {
      return Optional.of(item);
    }
    Link l = item.link();
    ReviewItem full =
        new ReviewItem(
            pairId,
            item.left(),
            item.right(),
            new Link(
                l.left(),
                l.right(),
                why.get().probability(),
                why.get().explanation(),
                l.decision()),
            item.decidedBy(),
            item.note());
    review.put(pairId, full);
    return Optional.of(full);
  }

  @Override
  public synchronized ReviewItem decide(
      String pairId, String decision, String note, String decidedBy) {
    ReviewItem item = review.get(pairId);
    if (item == null) {
      throw new NoSuchElementException("no review pair " + pairId);
    }
    recorder.recordVerdict(pairId, decision, note, decidedBy);
    Link l = item.link();
    Link decided = new Link(l.left(), l.right(), l.probability(), l.explanation(), decision);
    ReviewItem updated =
        new ReviewItem(pairId, item.left(), item.right(), decided, decidedBy, note);
    review.put(pairId, updated);
    version.incrementAndGet();
    return updated;
  }

  @Override
  public long version() {
    return version.get();
  }
}
