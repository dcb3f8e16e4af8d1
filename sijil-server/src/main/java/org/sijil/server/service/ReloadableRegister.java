package org.sijil.server.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sijil.server.model.Estimate;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;
import org.sijil.server.model.Statistics;

/**
 * A register that can be read again from its source (after an import through the pages) and swapped
 * in whole; requests in flight finish on the old snapshot.
 */
public final class ReloadableRegister implements RegisterService {

  private final Supplier<InMemoryRegister> loader;
  private volatile InMemoryRegister current;
  private volatile long generation;

  public ReloadableRegister(Supplier<InMemoryRegister> loader) {
    this.loader = loader;
    this.current = loader.get();
  }

  /** Reads the register again and serves the new snapshot. */
  public synchronized void reload() {
    current = loader.get();
    generation++;
  }

  @Override
  public SearchResult search(SearchQuery query) {
    return current.search(query);
  }

  @Override
  public List<Person> matching(SearchQuery query) {
    return current.matching(query);
  }

  @Override
  public Optional<Person> person(String personId) {
    return current.person(personId);
  }

  @Override
  public List<Release> releases() {
    return current.releases();
  }

  @Override
  public Optional<ReleaseDiff> diff(String source, String from, String to) {
    return current.diff(source, from, to);
  }

  @Override
  public Optional<org.sijil.app.corrections.Corrections> corrections(String source) {
    return current.corrections(source);
  }

  @Override
  public Statistics statistics() {
    return current.statistics();
  }

  @Override
  public Optional<Estimate> estimate() {
    return current.estimate();
  }

  @Override
  public Optional<String> estimateNote() {
    return current.estimateNote();
  }

  @Override
  public List<ReviewItem> reviewQueue() {
    return current.reviewQueue();
  }

  @Override
  public Optional<String> logStamp() {
    return current.logStamp();
  }

  @Override
  public Optional<ReviewItem> reviewItem(String pairId) {
    return current.reviewItem(pairId);
  }

  @Override
  public ReviewItem decide(String pairId, String decision, String note, String decidedBy) {
    return current.decide(pairId, decision, note, decidedBy);
  }

  @Override
  public long version() {
    // Changes with every reload as well as every decision, so ETags never repeat across snapshots.
    return (generation << 32) ^ current.version();
  }
}
