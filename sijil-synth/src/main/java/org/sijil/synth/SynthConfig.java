package org.sijil.synth;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to generate: how many records (rows, over all lists), on which lists, with which damage,
 * from which seed, with deaths in which period. Same configuration, same records, byte for byte.
 *
 * @param records number of records to produce (≥ 1)
 * @param lists the lists persons may be captured on (distinct names)
 * @param seed the random seed
 * @param damage per-record damage rates
 * @param warStart first possible date of death
 * @param warEnd last possible date of death
 */
public record SynthConfig(
    long records,
    List<ListSpec> lists,
    long seed,
    DamageRates damage,
    LocalDate warStart,
    LocalDate warEnd) {

  public static final LocalDate DEFAULT_WAR_START = LocalDate.of(2023, 10, 7);
  public static final LocalDate DEFAULT_WAR_END = LocalDate.of(2024, 6, 30);

  public SynthConfig {
    if (records < 1) {
      throw new IllegalArgumentException("records must be at least 1, was " + records);
    }
    if (lists == null || lists.isEmpty()) {
      throw new IllegalArgumentException("need at least one list");
    }
    lists = List.copyOf(lists);
    Set<String> names = new HashSet<>();
    for (ListSpec l : lists) {
      if (!names.add(l.name())) {
        throw new IllegalArgumentException("two lists named " + l.name());
      }
    }
    if (damage == null) {
      throw new IllegalArgumentException("damage rates must not be null");
    }
    if (warStart == null || warEnd == null || warEnd.isBefore(warStart)) {
      throw new IllegalArgumentException("bad war period: " + warStart + " to " + warEnd);
    }
  }

  /** {@code records} rows on the first {@code lists} standard lists, realistic damage. */
  public static SynthConfig of(long records, int lists, long seed) {
    return new SynthConfig(
        records,
        ListSpec.standard(lists),
        seed,
        DamageRates.realistic(),
        DEFAULT_WAR_START,
        DEFAULT_WAR_END);
  }

  public SynthConfig withDamage(DamageRates rates) {
    return new SynthConfig(records, lists, seed, rates, warStart, warEnd);
  }

  public SynthConfig withLists(List<ListSpec> specs) {
    return new SynthConfig(records, specs, seed, damage, warStart, warEnd);
  }
}
