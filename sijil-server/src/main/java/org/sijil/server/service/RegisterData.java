package org.sijil.server.service;

import java.util.List;
import java.util.Map;
import org.sijil.server.model.Estimate;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.model.ReviewItem;

/**
 * A snapshot of what the server publishes, loaded once at start (from the store or built in memory).
 *
 * @param persons every person with their records and links
 * @param releases every release, oldest first per source
 * @param diffs precomputed diffs keyed by {@link #diffKey}
 * @param estimate the estimate, or null when none was computed
 * @param review the review queue
 */
public record RegisterData(
    List<Person> persons, List<Release> releases, Map<String, ReleaseDiff> diffs, Estimate estimate, List<ReviewItem> review) {

  public RegisterData {
    persons = List.copyOf(persons);
    releases = List.copyOf(releases);
    diffs = Map.copyOf(diffs);
    review = List.copyOf(review);
  }

  public static String diffKey(String source, String from, String to) {
    return source + "\u0000" + from + "\u0000" + to;
  }
}
