package org.sijil.server.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.server.model.Person;
import org.sijil.server.model.Statistics;

/** Counts persons by age band and sex, by source and by month of death. */
final class StatisticsBuilder {

  static final int BAND_WIDTH = 5;
  static final int TOP_BAND = 80;

  private StatisticsBuilder() {}

  static Statistics of(List<Person> persons) {
    int bands = TOP_BAND / BAND_WIDTH + 2; // 0-4 ... 75-79, 80+, unknown
    long[][] counts = new long[bands][3];
    Map<String, Long> bySource = new TreeMap<>();
    Map<String, Long> byMonth = new TreeMap<>();
    long records = 0;
    for (Person p : persons) {
      int band =
          p.ageYears() == null ? bands - 1 : Math.min((int) (p.ageYears() / BAND_WIDTH), bands - 2);
      int sex = "m".equals(p.sex()) ? 0 : "f".equals(p.sex()) ? 1 : 2;
      counts[band][sex]++;
      for (String s : p.sources()) {
        bySource.merge(s, 1L, Long::sum);
      }
      String month = p.dod() == null ? "unknown" : p.dod().toString().substring(0, 7);
      byMonth.merge(month, 1L, Long::sum);
      records += p.records().size();
    }
    List<Statistics.AgeBand> pyramid = new ArrayList<>();
    for (int b = 0; b < bands; b++) {
      String label =
          b == bands - 1
              ? "unknown"
              : b == bands - 2
                  ? TOP_BAND + "+"
                  : (b * BAND_WIDTH) + "-" + (b * BAND_WIDTH + BAND_WIDTH - 1);
      pyramid.add(new Statistics.AgeBand(label, counts[b][0], counts[b][1], counts[b][2]));
    }
    return new Statistics(persons.size(), records, pyramid, toCounts(bySource), toCounts(byMonth));
  }

  private static List<Statistics.Count> toCounts(Map<String, Long> m) {
    List<Statistics.Count> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Statistics.Count(k, v)));
    return out;
  }
}
