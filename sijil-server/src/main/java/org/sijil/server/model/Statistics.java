package org.sijil.server.model;

import java.util.List;

/**
 * Counts of persons for the statistics page and API.
 *
 * @param persons persons in the register
 * @param records source records in the register
 * @param pyramid persons by age band and sex (bands of five years, {@code 80+}, and unknown age)
 * @param bySource persons by source (a person on two lists counts in both)
 * @param byDateOfDeath persons by month of death ({@code YYYY-MM}), oldest first
 */
public record Statistics(
    long persons,
    long records,
    List<AgeBand> pyramid,
    List<Count> bySource,
    List<Count> byDateOfDeath) {

  public Statistics {
    pyramid = List.copyOf(pyramid);
    bySource = List.copyOf(bySource);
    byDateOfDeath = List.copyOf(byDateOfDeath);
  }

  public record AgeBand(String band, long male, long female, long unknownSex) {}

  public record Count(String key, long count) {}
}
