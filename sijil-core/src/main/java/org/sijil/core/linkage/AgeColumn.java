package org.sijil.core.linkage;

import java.util.Set;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;
import org.sijil.core.record.RecordColumns;

/**
 * Age at death in years. A record without an age but with birth and death dates gets the age those
 * imply, so an age on one list is compared with the dates of another.
 */
final class AgeColumn extends FeatureColumn {

  private final double[] years;
  private final String[] shown;

  AgeColumn(String field, java.util.List<org.sijil.core.record.CasualtyRecord> records) {
    this(field, RecordColumns.of(records));
  }

  AgeColumn(String field, RecordColumns records) {
    super(field);
    int n = records.size();
    years = new double[n];
    shown = new String[n];
    // Each distinct age is written out once and its text shared: ages from dates are formatted
    // once per number of days (formatting is slow), and a list has few distinct ages.
    java.util.Map<Long, String> fromDates = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.Map<org.sijil.core.record.Age, String> written =
        new java.util.concurrent.ConcurrentHashMap<>();
    java.util.stream.IntStream.range(0, n)
        .parallel()
        .forEach(
            r -> {
              org.sijil.core.record.Age age = records.age(r);
              java.time.LocalDate dob = age != null ? null : records.dob(r);
              java.time.LocalDate dod = dob == null ? null : records.dod(r);
              if (age != null) {
                years[r] = age.inYears();
                shown[r] = written.computeIfAbsent(age, org.sijil.core.record.Age::toString);
              } else if (dob != null && dod != null && !dod.isBefore(dob)) {
                long days = dod.toEpochDay() - dob.toEpochDay();
                years[r] = days / 365.25;
                shown[r] = fromDates.computeIfAbsent(days, AgeColumn::fromDates);
              } else {
                years[r] = Double.NaN;
              }
            });
  }

  private static String fromDates(long days) {
    return String.format(java.util.Locale.ROOT, "%.1f (from dates)", days / 365.25);
  }

  @Override
  boolean isNull(int r) {
    return Double.isNaN(years[r]);
  }

  @Override
  boolean exact(int a, int b) {
    return (int) years[a] == (int) years[b];
  }

  @Override
  boolean supports(TestKind kind) {
    return kind == TestKind.NULL
        || kind == TestKind.EXACT
        || kind == TestKind.WITHIN
        || kind == TestKind.ELSE;
  }

  @Override
  double difference(int a, int b) {
    return Math.abs(years[a] - years[b]);
  }

  @Override
  long key(String part, int r) {
    if (part != null) {
      throw new IllegalArgumentException("unknown part " + field + "." + part);
    }
    return isNull(r) ? MISSING : (long) years[r];
  }

  @Override
  Set<String> parts() {
    return Set.of();
  }

  @Override
  String display(int r) {
    return shown[r];
  }
}
