package org.sijil.app.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.app.Actor;
import org.sijil.app.integrity.PersonHistory;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.Register;

/**
 * The log side of a link run's merges: one {@code person-merge} entry per person id that now leads
 * to another, about the person it leads to, appended in one bulk write with the run (so a person's
 * history shows which earlier persons became it, and by which model).
 */
final class PersonMerges {

  private PersonMerges() {}

  /**
   * Appends the merges of a run (call inside the run's transaction).
   *
   * @param merged earlier person id → the person it now leads to
   * @param whereOldWent earlier person id → (person → how many of its records went there)
   * @param modelId the run's stored model id
   */
  static void log(
      Register reg,
      Map<Long, Long> merged,
      Map<Long, Map<Long, Integer>> whereOldWent,
      long modelId,
      Actor by) {
    if (merged.isEmpty()) {
      return;
    }
    List<LogEntry> entries = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    java.time.Instant now = RegisterLog.now();
    // Ascending earlier id, so the same run always logs the same bytes in the same order.
    new TreeMap<>(merged)
        .forEach(
            (from, to) -> {
              int moved = whereOldWent.getOrDefault(from, Map.of()).getOrDefault(to, 0);
              entries.add(
                  new LogEntry.PersonMerge(
                      now,
                      by.name(),
                      PersonHistory.personId(to),
                      PersonHistory.personId(from),
                      Math.max(1, moved),
                      "" + modelId));
              subjects.add(PersonHistory.subject(to));
            });
    new RegisterLog(reg).appendAll(entries, subjects);
  }
}
