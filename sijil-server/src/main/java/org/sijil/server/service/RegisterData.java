package org.sijil.server.service;

import java.util.List;
import org.sijil.server.model.Estimate;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReviewItem;

/**
 * A snapshot of what the server publishes, loaded once at start (from the store or built in memory).
 *
 * @param persons every person with their records and links
 * @param releases every release, oldest first per source
 * @param diffs the release diffs
 * @param estimate the estimate, or null when none was computed
 * @param review the review queue
 */
public record RegisterData(
    List<Person> persons, List<Release> releases, Diffs diffs, Estimate estimate, List<ReviewItem> review) {

  public RegisterData {
    persons = List.copyOf(persons);
    releases = List.copyOf(releases);
    diffs = diffs == null ? Diffs.none() : diffs;
    review = List.copyOf(review);
  }
}
