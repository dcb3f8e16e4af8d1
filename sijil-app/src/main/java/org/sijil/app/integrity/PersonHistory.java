package org.sijil.app.integrity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** The person's history, oldest first, with that of every person merged into it. */
  public List<Event> of(long person) {
    IntegrityLog log = reg.integrity();
    List<Event> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Deque<Long> todo = new ArrayDeque<>(List.of(person));
    while (!todo.isEmpty()) {
      long p = todo.pop();
      if (!seen.add(p)) {
        continue;
      }
      for (IntegrityLog.Entry e : log.about(subject(p))) {
        LogEntry entry = EntryCodec.decode(e.bytes());
        out.add(new Event(e.index(), entry));
        if (entry instanceof LogEntry.PersonMerge m && m.from().matches("[0-9]{1,18}")) {
          todo.push(Long.parseLong(m.from()));
        }
      }
    }
    Set<Long> indexes = new HashSet<>();
    out.forEach(e -> indexes.add(e.index()));
    for (String subject : recordSubjects(person)) {
      for (IntegrityLog.Entry e : log.about(subject)) {
        if (indexes.add(e.index())) {
          out.add(new Event(e.index(), EntryCodec.decode(e.bytes())));
        }
      }
    }
    out.sort(Comparator.comparingLong(Event::index));
    return out;
  }

  /** The record subjects ({@link RecordSubjects}) of the person's records, following merges. */
  private Set<String> recordSubjects(long person) {
    Map<Long, Release> releases = new HashMap<>();
    reg.releases().list().forEach(r -> releases.put(r.id(), r));
    Set<String> subjects = new LinkedHashSet<>();
    for (Linkage.PersonLink link : reg.linkage().records(person)) {
      Linkage.RecordKey k = link.record();
      Release release = releases.get(k.releaseId());
      subjects.add(RecordSubjects.PREFIX + k.releaseId() + ":" + k.row());
      if (release != null) {
        reg.records()
            .keyOf(k.releaseId(), k.row())
            .ifPresent(key -> subjects.add(RecordSubjects.keyed(release.source(), key)));
      }
    }
    return subjects;
  }
}
