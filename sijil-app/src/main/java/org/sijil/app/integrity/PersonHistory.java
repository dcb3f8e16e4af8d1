package org.sijil.app.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Query: a person's history as the log records it, for the person page's timeline: every entry
 * about the person ({@code person-grade}, {@code person-merge}, {@code suggestion}, subject {@code
 * person:ID}) and, through each {@code person-merge} into it, the history of every earlier person
 * that became it; and the {@code correction} and {@code removal} entries of its records (subjects
 * {@link RecordSubjects}: the record's key in its source, or the record itself); in log order. Each
 * event carries its log index, so it can be proven with an inclusion proof against any later
 * checkpoint.
 */
public final class PersonHistory {

  /** Subject prefix of the entries about a person. */
  public static final String SUBJECT = "person:";

  /** One logged event: its index in the log and the entry. */
  public record Event(long index, LogEntry entry) {}

  private final Register reg;

  public PersonHistory(Register reg) {
    this.reg = reg;
  }

  /** The subject of the entries about person {@code person}. */
  public static String subject(long person) {
    return SUBJECT + person;
  }

  /**
   * The subject of the entries about a person named as the API and pages name it ({@code P12}) or
   * by its bare number; other text is kept as it is.
   */
  public static String subject(String person) {
    String bare = person.startsWith("P") ? person.substring(1) : person;
    return bare.matches("[0-9]{1,18}") ? subject(Long.parseLong(bare)) : SUBJECT + person;
  }

  /** How a person's id is written in log entries: its bare number. */
  public static String personId(long person) {
    return Long.toString(person);
  }

  /**
   * The person's history, oldest first, with that of every person merged into it. The log is read
   * in rounds, each for every subject found so far at once: the person and its records, then the
   * persons merged into it, then those merged into them.
   */
  public List<Event> of(long person) {
    IntegrityLog log = reg.integrity();
    Map<Long, Event> byIndex = new TreeMap<>();
    Set<Long> persons = new HashSet<>(List.of(person));
    List<String> ask = new ArrayList<>();
    ask.add(subject(person));
    ask.addAll(recordSubjects(person));
    while (!ask.isEmpty()) {
      List<String> merged = new ArrayList<>();
      for (IntegrityLog.Entry e : log.about(ask)) {
        LogEntry entry = EntryCodec.decode(e.bytes());
        byIndex.putIfAbsent(e.index(), new Event(e.index(), entry));
        if (entry instanceof LogEntry.PersonMerge m
            && e.subject() != null
            && e.subject().startsWith(SUBJECT)
            && m.from().matches("[0-9]{1,18}")
            && persons.add(Long.parseLong(m.from()))) {
          merged.add(subject(Long.parseLong(m.from())));
        }
      }
      ask = merged;
    }
    return new ArrayList<>(byIndex.values());
  }

  /** The record subjects ({@link RecordSubjects}) of the person's records, following merges. */
  private Set<String> recordSubjects(long person) {
    List<Linkage.RecordKey> records = new ArrayList<>();
    reg.linkage().records(person).forEach(link -> records.add(link.record()));
    Set<String> subjects = new LinkedHashSet<>();
    if (records.isEmpty()) {
      return subjects;
    }
    Map<Long, Release> releases = new HashMap<>();
    reg.releases().list().forEach(r -> releases.put(r.id(), r));
    Map<Linkage.RecordKey, String> keys = reg.records().keysOf(records);
    for (Linkage.RecordKey k : records) {
      subjects.add(RecordSubjects.PREFIX + k.releaseId() + ":" + k.row());
      Release release = releases.get(k.releaseId());
      String key = keys.get(k);
      if (release != null && key != null) {
        subjects.add(RecordSubjects.keyed(release.source(), key));
      }
    }
    return subjects;
  }
}
