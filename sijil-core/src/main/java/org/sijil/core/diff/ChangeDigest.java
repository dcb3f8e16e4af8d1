package org.sijil.core.diff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.fields.AgeParser;
import org.sijil.core.record.Age;

/**
 * Sorts the changed records of a diff by what happened to them, so a reader sees the few real
 * changes apart from a release-wide revision.
 *
 * <ul>
 *   <li>A field change is <em>filled in</em> when the earlier release had no value (blank or an
 *       unknown marker such as {@code -1}) and the later one has one.
 *   <li>A shift (ages in completed years, dates in days) is <em>systematic</em> when at least
 *       {@value #MIN_RECORDS} records and {@value #MIN_SHARE_PERCENT}% of that field's changes
 *       shift by the same amount: every age one year higher is one revision, not 3,000 changes.
 *   <li>A record whose changed fields are all systematic shifts or fills, with at least one shift,
 *       is {@code revised}; one whose changes are all fills is {@code filled}; any other is {@code
 *       changed}.
 * </ul>
 *
 * @param revisions the systematic revisions, most records first
 * @param revised records changed only by systematic revisions (and fills)
 * @param filled records whose only changes are values that were unknown before
 * @param other every other changed record
 */
public record ChangeDigest(
    List<Revision> revisions,
    List<RecordChange> revised,
    List<RecordChange> filled,
    List<RecordChange> other) {

  static final int MIN_RECORDS = 25;
  static final int MIN_SHARE_PERCENT = 20;

  public ChangeDigest {
    revisions = List.copyOf(revisions);
    revised = List.copyOf(revised);
    filled = List.copyOf(filled);
    other = List.copyOf(other);
  }

  /** The digest of {@code changes} (a diff's changed records). */
  public static ChangeDigest of(List<RecordChange> changes) {
    Map<String, Map<Long, Long>> shifts = new LinkedHashMap<>();
    Map<String, Long> changesByField = new LinkedHashMap<>();
    for (RecordChange c : changes) {
      for (FieldChange f : c.changed()) {
        changesByField.merge(f.field(), 1L, Long::sum);
        Long s = shift(f);
        if (s != null) {
          shifts.computeIfAbsent(f.field(), k -> new LinkedHashMap<>()).merge(s, 1L, Long::sum);
        }
      }
    }
    List<Revision> revisions = new ArrayList<>();
    shifts.forEach(
        (field, bySize) ->
            bySize.forEach(
                (size, n) -> {
                  long all = changesByField.get(field);
                  if (n >= MIN_RECORDS && n * 100 >= all * MIN_SHARE_PERCENT) {
                    revisions.add(new Revision(field, size, unit(field), n));
                  }
                }));
    revisions.sort(Comparator.comparingLong(Revision::records).reversed());
    List<RecordChange> revised = new ArrayList<>();
    List<RecordChange> filled = new ArrayList<>();
    List<RecordChange> other = new ArrayList<>();
    for (RecordChange c : changes) {
      int shiftsHere = 0;
      int fills = 0;
      for (FieldChange f : c.changed()) {
        if (isFill(f)) {
          fills++;
        } else if (isRevision(f, revisions)) {
          shiftsHere++;
        }
      }
      int n = c.changed().size();
      if (shiftsHere > 0 && shiftsHere + fills == n) {
        revised.add(c);
      } else if (n > 0 && fills == n) {
        filled.add(c);
      } else {
        other.add(c);
      }
    }
    return new ChangeDigest(revisions, revised, filled, other);
  }

  /** The value was unknown before and is known now. */
  public static boolean isFill(FieldChange f) {
    return f.before() == null && f.after() != null;
  }

  private static boolean isRevision(FieldChange f, List<Revision> revisions) {
    Long s = shift(f);
    if (s == null) {
      return false;
    }
    for (Revision r : revisions) {
      if (r.field().equals(f.field()) && r.shift() == s) {
        return true;
      }
    }
    return false;
  }

  private static String unit(String field) {
    return field.equals("age") ? "years" : "days";
  }

  /** How far a value moved: completed years for ages, days for dates; null when not a shift. */
  static Long shift(FieldChange f) {
    if (f.before() == null || f.after() == null) {
      return null;
    }
    switch (f.field()) {
      case "age" -> {
        Age a = AgeParser.parse(f.before()).value();
        Age b = AgeParser.parse(f.after()).value();
        return a == null || b == null ? null : (long) b.completedYears() - a.completedYears();
      }
      case "dob", "dod" -> {
        try {
          return ChronoUnit.DAYS.between(LocalDate.parse(f.before()), LocalDate.parse(f.after()));
        } catch (java.time.format.DateTimeParseException e) {
          return null;
        }
      }
      default -> {
        return null;
      }
    }
  }
}
