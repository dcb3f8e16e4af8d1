package org.sijil.server.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.sijil.server.model.Estimate;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.model.Statistics;

/**
 * The register as the server publishes it, held in memory with a name index built at start. Reads are
 * lock-free over immutable data; review decisions go to a {@link ReviewRecorder} (the store) and
 * replace the item in the queue.
 */
public final class InMemoryRegister implements RegisterService {

  private final List<Person> persons;
  private final Map<String, Integer> byId = new HashMap<>();
  private final PersonIndex index;
  private final RegisterData data;
  private final Statistics statistics;
  private final Map<String, ReviewItem> review = new LinkedHashMap<>();
  private final ReviewRecorder recorder;
  private final AtomicLong version = new AtomicLong(1);
  private final java.util.concurrent.ConcurrentHashMap<String, Optional<ReleaseDiff>> diffCache = new java.util.concurrent.ConcurrentHashMap<>();
  /** Persons whose links were explained on demand. */
  private final java.util.concurrent.ConcurrentHashMap<String, Person> explained = new java.util.concurrent.ConcurrentHashMap<>();

  public InMemoryRegister(RegisterData data, ReviewRecorder recorder) {
    this.data = data;
    this.recorder = recorder;
    this.persons = data.persons();
    for (int i = 0; i < persons.size(); i++) {
      if (byId.put(persons.get(i).personId(), i) != null) {
        throw new IllegalArgumentException("duplicate person id " + persons.get(i).personId());
      }
    }
    this.index = new PersonIndex(persons);
    this.statistics = StatisticsBuilder.of(persons);
    for (ReviewItem item : data.review()) {
      review.put(item.pairId(), item);
    }
  }

  public InMemoryRegister(RegisterData data) {
    this(data, ReviewRecorder.none());
  }

  @Override
  public SearchResult search(SearchQuery q) {
    return index.search(q.q(), filter(q), q.offset(), q.limit());
  }

  @Override
  public List<Person> matching(SearchQuery q) {
    return index.all(q.q(), filter(q));
  }

  private IntPredicate filter(SearchQuery q) {
    String place = q.place() == null || q.place().isBlank() ? null : q.place().strip().toLowerCase(java.util.Locale.ROOT);
    return i -> {
      Person p = persons.get(i);
      if (q.sex() != null && !q.sex().equals(p.sex())) {
        return false;
      }
      if (q.minAge() != null && (p.ageYears() == null || p.ageYears() < q.minAge())) {
        return false;
      }
      if (q.maxAge() != null && (p.ageYears() == null || p.ageYears() >= q.maxAge() + 1)) {
        return false;
      }
      if (q.dodFrom() != null && (p.dod() == null || p.dod().isBefore(q.dodFrom()))) {
        return false;
      }
      if (q.dodTo() != null && (p.dod() == null || p.dod().isAfter(q.dodTo()))) {
        return false;
      }
      if (place != null && (p.place() == null || !p.place().toLowerCase(java.util.Locale.ROOT).contains(place))) {
        return false;
      }
      if (q.source() != null || q.release() != null) {
        boolean any = false;
        for (SourceRecord r : p.records()) {
          if ((q.source() == null || q.source().equals(r.source())) && (q.release() == null || q.release().equals(r.release()))) {
            any = true;
            break;
          }
        }
        return any;
      }
      return true;
    };
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
    return Optional.of(explained.computeIfAbsent(personId, k -> p.withLinks(data.explanations().links(p))));
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
    boolean known = data.releases().stream().anyMatch(r -> r.source().equals(source) && r.label().equals(olderLabel));
    if (!known) {
      return Optional.empty();
    }
    return diffCache.computeIfAbsent(Diffs.key(source, older, to), k -> data.diffs().diff(source, olderLabel, to));
  }

  @Override
  public Statistics statistics() {
    return statistics;
  }

  @Override
  public Optional<Estimate> estimate() {
    return Optional.ofNullable(data.estimate());
  }

  @Override
  public synchronized List<ReviewItem> reviewQueue() {
    List<ReviewItem> items = new ArrayList<>(review.values());
    items.sort(
        Comparator.comparing((ReviewItem r) -> r.link().decision() != null)
            .thenComparingDouble(r -> Math.abs(r.link().probability() - 0.5))
            .thenComparing(ReviewItem::pairId));
    return items;
  }

  @Override
  public synchronized Optional<ReviewItem> reviewItem(String pairId) {
    ReviewItem item = review.get(pairId);
    if (item == null || !item.link().explanation().isEmpty()) {
      return Optional.ofNullable(item);
    }
    Optional<Link> why = data.explanations().explain(item.left().recordId(), item.right().recordId());
    if (why.isEmpty()) {
      return Optional.of(item);
    }
    Link l = item.link();
    ReviewItem full = new ReviewItem(pairId, item.left(), item.right(),
        new Link(l.left(), l.right(), why.get().probability(), why.get().explanation(), l.decision()), item.decidedBy(), item.note());
    review.put(pairId, full);
    return Optional.of(full);
  }

  @Override
  public synchronized ReviewItem decide(String pairId, boolean match, String note, String decidedBy) {
    ReviewItem item = review.get(pairId);
    if (item == null) {
      throw new NoSuchElementException("no review pair " + pairId);
    }
    recorder.record(pairId, match, note, decidedBy);
    Link l = item.link();
    Link decided = new Link(l.left(), l.right(), l.probability(), l.explanation(), match ? "match" : "non-match");
    ReviewItem updated = new ReviewItem(pairId, item.left(), item.right(), decided, decidedBy, note);
    review.put(pairId, updated);
    version.incrementAndGet();
    return updated;
  }

  @Override
  public long version() {
    return version.get();
  }
}
