package org.sijil.core.stats;

import java.util.ArrayList;
import java.util.List;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * The demographic table data teams publish with each release. Groups are exclusive and add up to
 * the total: children are under 18 completed years, seniors 65 and over, men and women 18 to 64.
 */
public final class Demographics {

  /** The groups, in the order they are published. */
  public enum Group {
    MEN("men (18-64)"),
    WOMEN("women (18-64)"),
    BOYS("boys (<18)"),
    GIRLS("girls (<18)"),
    SENIOR_MEN("senior men (65+)"),
    SENIOR_WOMEN("senior women (65+)"),
    NO_AGE_MALE("no age, male"),
    NO_AGE_FEMALE("no age, female"),
    NO_SEX_WITH_AGE("no sex, with age"),
    NO_AGE_NO_SEX("no age, no sex");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One row of the table; {@code percent} of the total, 0 when the total is 0. */
  public record Row(Group group, long count, double percent) {}

  public static final int CHILD_BELOW = 18;
  public static final int SENIOR_FROM = 65;

  private final long[] counts = new long[Group.values().length];
  private long total;

  /** Adds one record. */
  public void add(CasualtyRecord r) {
    counts[groupOf(r.age(), r.sex()).ordinal()]++;
    total++;
  }

  public static Group groupOf(Age age, Sex sex) {
    if (age == null) {
      return sex == null
          ? Group.NO_AGE_NO_SEX
          : sex == Sex.MALE ? Group.NO_AGE_MALE : Group.NO_AGE_FEMALE;
    }
    if (sex == null) {
      return Group.NO_SEX_WITH_AGE;
    }
    int years = age.completedYears();
    boolean male = sex == Sex.MALE;
    if (years < CHILD_BELOW) {
      return male ? Group.BOYS : Group.GIRLS;
    }
    if (years >= SENIOR_FROM) {
      return male ? Group.SENIOR_MEN : Group.SENIOR_WOMEN;
    }
    return male ? Group.MEN : Group.WOMEN;
  }

  public long total() {
    return total;
  }

  public long count(Group g) {
    return counts[g.ordinal()];
  }

  /** All groups in order (including empty ones). */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Group g : Group.values()) {
      long n = counts[g.ordinal()];
      rows.add(new Row(g, n, total == 0 ? 0 : 100.0 * n / total));
    }
    return rows;
  }
}
