package org.sijil.core.linkage;

import java.time.LocalDate;
import java.util.Set;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;

/** Dates as epoch days and packed year/month/day, with the typo tests of birth dates. */
final class DateColumn extends FeatureColumn {

  private static final int NONE = Integer.MIN_VALUE;
  private final int[] day;
  private final short[] year;
  private final byte[] month;
  private final byte[] dom;

  DateColumn(String field, LocalDate[] values) {
    super(field);
    int n = values.length;
    day = new int[n];
    year = new short[n];
    month = new byte[n];
    dom = new byte[n];
    java.util.stream.IntStream.range(0, n)
        .parallel()
        .forEach(
            r -> {
              LocalDate d = values[r];
              day[r] = d == null ? NONE : (int) d.toEpochDay();
              if (d != null) {
                year[r] = (short) d.getYear();
                month[r] = (byte) d.getMonthValue();
                dom[r] = (byte) d.getDayOfMonth();
              }
            });
  }

  @Override
  boolean isNull(int r) {
    return day[r] == NONE;
  }

  @Override
  boolean exact(int a, int b) {
    return day[a] == day[b];
  }

  @Override
  int touch(int r) {
    // The typo tests read the year, month and day when the days differ, as random pairs' do.
    return day[r] + year[r] + month[r] + dom[r];
  }

  @Override
  boolean supports(TestKind kind) {
    return kind != TestKind.SIMILARITY;
  }

  @Override
  double difference(int a, int b) {
    return Math.abs((double) day[a] - day[b]);
  }

  @Override
  boolean special(TestKind kind, int a, int b) {
    return switch (kind) {
      case TRANSPOSED_DAY_MONTH ->
          year[a] == year[b] && month[a] == dom[b] && dom[a] == month[b] && month[a] != dom[a];
      case YEAR_OFF_BY_ONE ->
          month[a] == month[b] && dom[a] == dom[b] && Math.abs(year[a] - year[b]) == 1;
      case JANUARY_FIRST -> year[a] == year[b] && (isJanFirst(a) != isJanFirst(b));
      default -> throw new IllegalArgumentException(field + ": no test " + kind);
    };
  }

  private boolean isJanFirst(int r) {
    return month[r] == 1 && dom[r] == 1;
  }

  @Override
  long key(String part, int r) {
    if (day[r] == NONE) {
      return MISSING;
    }
    if (part == null) {
      return day[r];
    }
    if (part.equals("year")) {
      return year[r];
    }
    throw new IllegalArgumentException("unknown part " + field + "." + part);
  }

  @Override
  Set<String> parts() {
    return Set.of("year");
  }

  @Override
  String display(int r) {
    return day[r] == NONE ? null : LocalDate.ofEpochDay(day[r]).toString();
  }
}
