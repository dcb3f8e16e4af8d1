package org.sijil.cli.estimate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sijil.core.UserError;
import org.sijil.core.estimate.MembershipTable;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Membership from the register's linked persons: a person is on a list when any of its records
 * (in any release) came from the source of that name, the {@code --source} given at import. Person
 * variables ({@link PersonFold#VARIABLES}) are folded from all of the person's records, whichever
 * source they came from, so a person's stratum does not depend on which lists are analysed.
 *
 * <p>Every record of the chosen sources must be linked: a release imported after the last
 * {@code sijil link} would otherwise count its people as missing from that list.
 */
final class RegisterMembershipSource implements MembershipSource {

  private final Path db;
  private long persons;
  private long records;
  private long otherPersons;

  RegisterMembershipSource(Path db) {
    this.db = db;
  }

  /** A one-line account of the last load: persons, records, and persons only on other sources. */
  String summary(List<String> lists) {
    String s = String.format("register %s: %,d persons from %,d records of %s", db, persons, records,
        String.join(", ", lists));
    return otherPersons == 0 ? s : s + String.format("; %,d persons only on other sources left out", otherPersons);
  }

  @Override
  public MembershipTable load(List<String> lists, List<String> variables, List<String> numeric) {
    if (!Files.exists(db)) {
      throw new UserError("register " + db + " does not exist; import lists and link them first, or give a FILE");
    }
    checkVariables(variables, numeric);
    try (Register reg = Register.open(db)) {
      checkSources(reg, lists);
      if (reg.linkage().maxPersonId() == 0) {
        throw new UserError("register " + db + " has no persons yet: link its records first with 'sijil link --db "
            + db + "'");
      }
      checkLinked(reg, lists);
      return fold(reg, lists, variables, numeric);
    }
  }

  private MembershipTable fold(Register reg, List<String> lists, List<String> variables, List<String> numeric) {
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
    Runnable flush = () -> {
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
    reg.linkage().forEachPersonRecord(r -> {
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
        throw new UserError("register mode has no variable '" + v + "'; its person variables are "
            + String.join(", ", PersonFold.VARIABLES));
      }
    }
    for (String v : numeric) {
      if (!v.equals("age")) {
        throw new UserError("register mode: '" + v + "' is not numeric and cannot be cut into --age-bands;"
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
      throw new UserError("register " + db + " holds no releases; import each list with"
          + " 'sijil import FILE --source NAME --release LABEL --db " + db + "', then 'sijil link --db " + db + "'");
    }
    List<String> unknown = lists.stream().filter(l -> !known.contains(l)).toList();
    if (!unknown.isEmpty()) {
      throw new UserError("register " + db + " has no source" + (unknown.size() == 1 ? " " : "s ")
          + String.join(", ", unknown) + "; its sources are: " + String.join(", ", known));
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
      throw new UserError(String.format("register %s: %,d records of the lists are not linked to persons yet (%s);"
          + " run 'sijil link --db %s' first", db, total, String.join(", ", parts), db));
    }
  }
}
