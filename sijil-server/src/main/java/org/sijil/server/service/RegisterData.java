package org.sijil.server.service;

import java.util.List;
import org.sijil.app.estimate.PublishedEstimate;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReviewItem;

/**
 * A snapshot of what the server publishes, loaded once at start (from the store or built in
 * memory).
 *
 * @param persons every person with their records and links
 * @param releases every release, oldest first per source
 * @param diffs the release diffs
 * @param estimate the estimate, or null when none was computed
 * @param review the review queue
 * @param explanations explains links on demand (persons and review items are loaded without
 *     waterfalls)
 * @param estimateNote why there is no estimate (or what a reader must know of it); null when
 *     nothing is to be said
 * @param logStamp the integrity log's size and root when this was loaded ({@code
 *     org.sijil.app.integrity.LogStamp}); null when there is no log (downloads then stamp a hash of
 *     the releases)
 * @param sourceNames display names of sources by source code (empty when none are set: pages then
 *     show the codes)
 */
public record RegisterData(
    List<Person> persons,
    List<Release> releases,
    Diffs diffs,
    PublishedEstimate estimate,
    List<ReviewItem> review,
    Explanations explanations,
    String estimateNote,
    String logStamp,
    java.util.Map<String, org.sijil.server.model.SourceName> sourceNames) {

  public RegisterData {
    sourceNames = sourceNames == null ? java.util.Map.of() : java.util.Map.copyOf(sourceNames);
    persons = List.copyOf(persons);
    releases = List.copyOf(releases);
    diffs = diffs == null ? Diffs.none() : diffs;
    review = List.copyOf(review);
    explanations = explanations == null ? Explanations.NONE : explanations;
  }

  /** A snapshot without source names. */
  public RegisterData(
      List<Person> persons,
      List<Release> releases,
      Diffs diffs,
      PublishedEstimate estimate,
      List<ReviewItem> review,
      Explanations explanations,
      String estimateNote,
      String logStamp) {
    this(persons, releases, diffs, estimate, review, explanations, estimateNote, logStamp, null);
  }

  /** A snapshot without an integrity log. */
  public RegisterData(
      List<Person> persons,
      List<Release> releases,
      Diffs diffs,
      PublishedEstimate estimate,
      List<ReviewItem> review,
      Explanations explanations,
      String estimateNote) {
    this(persons, releases, diffs, estimate, review, explanations, estimateNote, null);
  }

  /** This snapshot stamped with its log's {@code stamp} (null for none). */
  public RegisterData withLogStamp(String stamp) {
    return new RegisterData(
        persons, releases, diffs, estimate, review, explanations, estimateNote, stamp, sourceNames);
  }

  /** This snapshot with the sources' display names {@code names} (by source code). */
  public RegisterData withSourceNames(
      java.util.Map<String, org.sijil.server.model.SourceName> names) {
    return new RegisterData(
        persons, releases, diffs, estimate, review, explanations, estimateNote, logStamp, names);
  }

  /** A snapshot with nothing to say about its estimate. */
  public RegisterData(
      List<Person> persons,
      List<Release> releases,
      Diffs diffs,
      PublishedEstimate estimate,
      List<ReviewItem> review,
      Explanations explanations) {
    this(persons, releases, diffs, estimate, review, explanations, null);
  }

  /** A snapshot whose links are all explained already (or that has none). */
  public RegisterData(
      List<Person> persons,
      List<Release> releases,
      Diffs diffs,
      PublishedEstimate estimate,
      List<ReviewItem> review) {
    this(persons, releases, diffs, estimate, review, Explanations.NONE);
  }
}
