package org.sijil.app.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.records.PublishedAmendments;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.PersonReads;
import org.sijil.store.PersonReads.StoredRecord;
import org.sijil.store.RecordAmendments.Amendment;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: read one published person by id from the store, without reading the register into
 * memory (issue 14: a server shows person pages while its register loads). The persons are the ones
 * the full read ({@link PublishSnapshot}, then the server's loader) makes, with the same ids:
 *
 * <ul>
 *   <li>once linked, {@code P<n>} is the person {@code n} of the link runs, its records newest
 *       release first (register order reversed), with the run that last placed one of them;
 *   <li>once linked, {@code R<source>-<label>-<row>} is a record no run placed, alone;
 *   <li>before any link run, {@code K<key>} is the records of each source's latest release whose
 *       list key is {@code key}, in register order, and {@code R…} a keyless record of those
 *       releases, alone.
 * </ul>
 *
 * Register order is {@link org.sijil.store.Releases#list()}'s release order, then row. Analysts'
 * amendments apply as in the full read, by the same rule ({@link PublishedAmendments#shown}): a
 * removed record is left out (a person left with none is not there), a corrected one shows the
 * corrected values and carries its notes. Only the amendments of the records read are read (by
 * their subjects), so a read does not grow with the register's amendments.
 */
public final class PublishedPerson {

  /**
   * One person's stored records.
   *
   * @param personId the id asked for
   * @param records the person's records, in the order the person page lists them
   * @param run the link run that last placed one of them; null when none did
   * @param notes analysts' corrections noted on each corrected record, in the order they were made
   */
  public record Read(
      String personId,
      List<StoredRecord> records,
      Linkage.RunInfo run,
      Map<RecordKey, List<PublishedAmendments.Note>> notes) {
    public Read {
      records = List.copyOf(records);
      notes = Map.copyOf(notes);
    }
  }

  /** A person number or a row as the ids write them: no sign, no leading zero. */
  private static final String NUMBER = "[1-9][0-9]{0,17}";

  private final Register reg;

  public PublishedPerson(Register reg) {
    this.reg = reg;
  }

  /** The person with this id, or empty when the register has none. */
  public Optional<Read> read(String personId) {
    if (personId == null || personId.length() < 2) {
      return Optional.empty();
    }
    List<Release> releases = reg.releases().list();
    PersonReads reads = reg.personReads();
    char kind = personId.charAt(0);
    String rest = personId.substring(1);
    if (reads.linked()) {
      if (kind == 'P' && rest.matches(NUMBER)) {
        return linked(personId, Long.parseLong(rest), releases, reads);
      }
      return kind == 'R' ? alone(personId, rest, releases, reads, true) : Optional.empty();
    }
    List<Release> latest = latest(releases);
    if (kind == 'K' && !rest.isBlank()) {
      Set<Long> ids = latest.stream().map(Release::id).collect(Collectors.toSet());
      List<StoredRecord> found =
          reads.read(
              reads.withKey(rest).stream().filter(k -> ids.contains(k.releaseId())).toList());
      return shown(personId, inRegisterOrder(found, releases, false));
    }
    return kind == 'R' ? alone(personId, rest, latest, reads, false) : Optional.empty();
  }

  private Optional<Read> linked(
      String personId, long person, List<Release> releases, PersonReads reads) {
    Optional<Read> shown = shown(personId, inRegisterOrder(reads.ofPerson(person), releases, true));
    if (shown.isEmpty()) {
      return shown;
    }
    // The run that last placed one of the records shown (a removed record's run does not count).
    long lastRun =
        shown.get().records().stream().mapToLong(r -> r.link().modelId()).max().orElseThrow();
    Linkage.RunInfo run =
        reg.linkage().runs().stream().filter(r -> r.id() == lastRun).findFirst().orElse(null);
    return Optional.of(new Read(personId, shown.get().records(), run, shown.get().notes()));
  }

  /**
   * The person {@code personId} of {@code records} (in the person's order) as published: removed
   * records left out, corrections applied and noted; empty when no record is left.
   */
  private Optional<Read> shown(String personId, List<StoredRecord> records) {
    if (records.isEmpty()) {
      return Optional.empty();
    }
    // Only these records' amendments (an indexed read): every amendment of a subject, whichever
    // stored row it was made on, so the rule sees what the full read sees.
    Map<String, List<Amendment>> amendments =
        PublishedAmendments.bySubject(
            reg.amendments()
                .ofSubjects(
                    records.stream()
                        .map(s -> RecordSubjects.of(s.release(), s.record()))
                        .toList()));
    List<StoredRecord> left = new ArrayList<>(records.size());
    Map<RecordKey, List<PublishedAmendments.Note>> notes = new HashMap<>();
    for (StoredRecord s : records) {
      Optional<PublishedAmendments.Shown> shown =
          PublishedAmendments.shown(s.key(), s.release(), s.record(), amendments);
      if (shown.isPresent()) {
        left.add(new StoredRecord(s.key(), s.release(), shown.get().record(), s.link()));
        if (!shown.get().notes().isEmpty()) {
          notes.put(s.key(), shown.get().notes());
        }
      }
    }
    return left.isEmpty() ? Optional.empty() : Optional.of(new Read(personId, left, null, notes));
  }

  /**
   * A record standing alone: {@code rest} is its record id {@code source/label/row} with '/' read
   * as '-'; once linked it must be unlinked, before any link run it must have no list key.
   */
  private Optional<Read> alone(
      String personId,
      String rest,
      List<Release> releases,
      PersonReads reads,
      boolean registerLinked) {
    for (Release r : releases) {
      String prefix = (r.source() + "/" + r.label() + "/").replace('/', '-');
      String row = rest.startsWith(prefix) ? rest.substring(prefix.length()) : "";
      if (!row.matches(NUMBER)) {
        continue;
      }
      Optional<StoredRecord> found =
          reads
              .read(new Linkage.RecordKey(r.id(), Long.parseLong(row)))
              .filter(s -> registerLinked ? s.link() == null : keyless(s));
      Optional<Read> shown = found.flatMap(s -> shown(personId, List.of(s)));
      if (shown.isPresent()) {
        return shown;
      }
    }
    return Optional.empty();
  }

  private static boolean keyless(StoredRecord s) {
    return s.record().id() == null || s.record().id().isBlank();
  }

  /** The latest release of each source: the last of each in register order. */
  private static List<Release> latest(List<Release> releases) {
    Map<String, Release> latest = new LinkedHashMap<>();
    releases.forEach(r -> latest.put(r.source(), r));
    return new ArrayList<>(latest.values());
  }

  private static List<StoredRecord> inRegisterOrder(
      List<StoredRecord> records, List<Release> releases, boolean newestFirst) {
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < releases.size(); i++) {
      position.put(releases.get(i).id(), i);
    }
    Comparator<StoredRecord> order =
        Comparator.<StoredRecord>comparingInt(
                s -> position.getOrDefault(s.key().releaseId(), Integer.MAX_VALUE))
            .thenComparingLong(s -> s.key().row());
    List<StoredRecord> sorted = new ArrayList<>(records);
    sorted.sort(newestFirst ? order.reversed() : order);
    return sorted;
  }
}
