package org.sijil.app.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.UserError;
import org.sijil.core.estimate.MembershipTable;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Membership from the register's linked persons: a person is on a list when any of its records (in
 * any release) came from the source of that name, the {@code --source} given at import. Person
 * variables ({@link PersonFold#VARIABLES}) are folded from all of the person's records, whichever
 * source they came from, so a person's stratum does not depend on which lists are analysed.
 *
 * <p>Every record of the chosen sources must be linked: a release imported after the last link run
 * would otherwise count its people as missing from that list ({@link ErrorCode#NOT_LINKED}).
 */
public final class RegisterMembership {

  private final Register reg;
  private final String db;
  private long persons;
  private long records;
  private long otherPersons;

  /**
   * @param db how to name the register in messages (e.g. its file)
   */
  public RegisterMembership(Register reg, String db) {
    this.reg = reg;
    this.db = db;
  }

  /** The person variables a register can fold (see {@link PersonFold}). */
  public static List<String> variables() {
    return PersonFold.VARIABLES;
  }

  /** A one-line account of the last load: persons, records, and persons only on other sources. */
  public String summary(List<String> lists) {
    String s =
        String.format(
            "register %s: %,d persons from %,d records of %s",
            db, persons, records, String.join(", ", lists));
    return otherPersons == 0
        ? s
        : s + String.format("; %,d persons only on other sources left out", otherPersons);
  }

  /**
   * One row per person found on at least one of {@code lists}, with the given person variables
   * ({@code numeric} ones as numbers, the others as categories).
   */
  public MembershipTable load(List<String> lists, List<String> variables, List<String> numeric) {
    checkVariables(variables, numeric);
    checkSources(reg, lists);
    if (reg.linkage().maxPersonId() == 0) {
      throw new SijilException(
          ErrorCode.NO_PERSONS,
          "register " + db + " has no persons yet: link its records first",
          null,
          null,
          null,
          java.util.Map.of("register", db),
          null);
    }
    checkLinked(reg, lists);
    return fold(reg, lists, variables, numeric);
  }

  private MembershipTable fold(
      Register reg, List<String> lists, List<String> variables, List<String> numeric) {
    MembershipTable.Builder builder = MembershipTable.builder(lists);
    for (String v : variables) {
      if (numeric.contains(v)) {
        builder.numeric(v);
      } else {
        builder.categorical(v);
      }
    }
    PersonFold fold = new PersonFold(lists);
    boolean[] on = new boolean[lists.size()];
    Object[] values = new Object[variables.size()];
    long[] current = {-1};
    persons = 0;
    records = 0;
    otherPersons = 0;
    Runnable flush =
        () -> {
          if (current[0] < 0) {
            return;
          }
          if (!fold.listed()) {
            otherPersons++;
            return;
          }
          fold.membership(on);
          for (int v = 0; v < values.length; v++) {
            values[v] = fold.value(variables.get(v), numeric.contains(variables.get(v)));
          }
          builder.add(on, values);
          persons++;
        };
    reg.linkage()
        .forEachPersonRecord(
            r -> {
              if (r.personId() != current[0]) {
                flush.run();
                fold.reset();
                current[0] = r.personId();
              }
              fold.add(r);
              if (lists.contains(r.source())) {
                records++;
              }
            });
    flush.run();
    return builder.build();
  }

  private static void checkVariables(List<String> variables, List<String> numeric) {
    for (String v : variables) {
      if (!PersonFold.VARIABLES.contains(v)) {
        throw new UserError(
            "register mode has no variable '"
                + v
                + "'; its person variables are "
                + String.join(", ", PersonFold.VARIABLES));
      }
    }
    for (String v : numeric) {
      if (!v.equals("age")) {
        throw new UserError(
            "register mode: '"
                + v
                + "' is not numeric and cannot be cut into age bands;"
                + " the age field is 'age'");
      }
    }
  }

  private void checkSources(Register reg, List<String> lists) {
    TreeSet<String> known = new TreeSet<>();
    for (Release r : reg.releases().list()) {
      known.add(r.source());
    }
    if (known.isEmpty()) {
      throw new SijilException(
          ErrorCode.NO_RELEASES,
          "register " + db + " holds no releases; import each list," + " then link them",
          null,
          null,
          null,
          java.util.Map.of("register", db),
          null);
    }
    List<String> unknown = lists.stream().filter(l -> !known.contains(l)).toList();
    if (!unknown.isEmpty()) {
      throw new UserError(
          "register "
              + db
              + " has no source"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown)
              + "; its sources are: "
              + String.join(", ", known));
    }
  }

  private void checkLinked(Register reg, List<String> lists) {
    List<String> parts = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, Long> e : reg.linkage().unlinkedBySource().entrySet()) {
      if (lists.contains(e.getKey())) {
        parts.add(String.format("%s %,d", e.getKey(), e.getValue()));
        total += e.getValue();
      }
    }
    if (total > 0) {
      throw new SijilException(
          ErrorCode.NOT_LINKED,
          String.format(
              "register %s: %,d records of the lists are not linked to persons yet (%s); link them first",
              db, total, String.join(", ", parts)),
          null,
          null,
          null,
          java.util.Map.of("register", db, "records", String.valueOf(total)),
          null);
    }
  }
}
