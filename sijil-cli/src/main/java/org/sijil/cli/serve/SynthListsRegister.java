package org.sijil.cli.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.fields.AgeParser;
import org.sijil.core.fields.DateParser;
import org.sijil.core.fields.SexParser;
import org.sijil.core.record.Age;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;
import org.sijil.server.store.RegisterLoader;
import org.sijil.synth.SynthConfig;
import org.sijil.synth.SynthRecord;
import org.sijil.synth.SyntheticLists;

/**
 * A register from the project's synthetic list generator (realistic name frequencies, households,
 * damage), with records grouped into persons by the generator's truth. For benchmarks, and for a
 * demo where the register and linkage are not available; it is never presented as linkage output.
 */
public final class SynthListsRegister {

  private SynthListsRegister() {}

  public static RegisterData generate(long records, int lists, long seed) {
    SyntheticLists synth = new SyntheticLists(SynthConfig.of(records, lists, seed));
    DateParser dates = new DateParser(2030);
    Map<String, List<SourceRecord>> byPerson = new LinkedHashMap<>();
    Map<String, long[]> rows = new LinkedHashMap<>();
    for (SynthRecord r : synth) {
      long row = ++rows.computeIfAbsent(r.list(), k -> new long[1])[0];
      Age age = AgeParser.parse(r.age()).value();
      var sex = SexParser.parse(r.sex()).value();
      Map<String, String> raw = new LinkedHashMap<>();
      String[] values = r.toRow();
      for (int i = 0; i < SynthRecord.COLUMNS.size() - 2; i++) { // without list and truth
        raw.put(SynthRecord.COLUMNS.get(i), values[i]);
      }
      SourceRecord s =
          new SourceRecord(
              r.list() + "/synthetic/" + row,
              r.list(),
              "synthetic",
              row,
              blankToNull(r.id()),
              blankToNull(r.nameAr()),
              blankToNull(r.nameEn()),
              age == null ? null : age.toString(),
              age == null ? null : age.inYears(),
              sex == null ? null : sex.code(),
              dates.parse(r.dob()).value(),
              dates.parse(r.dod()).value(),
              blankToNull(r.place()),
              raw);
      byPerson.computeIfAbsent(r.truePerson(), k -> new ArrayList<>(2)).add(s);
    }
    List<Person> persons = new ArrayList<>(byPerson.size());
    int n = 0;
    for (List<SourceRecord> recs : byPerson.values()) {
      persons.add(RegisterLoader.person(String.format("S%07d", ++n), recs));
    }
    List<Release> releases = new ArrayList<>();
    rows.forEach(
        (list, count) ->
            releases.add(new Release(list, "synthetic", null, Instant.EPOCH, null, count[0], 0)));
    return new RegisterData(persons, releases, null, null, List.of());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
