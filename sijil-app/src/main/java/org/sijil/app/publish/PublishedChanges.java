package org.sijil.app.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.app.integrity.PublishedReleases;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.search.RegisterSearchIndex;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.PersonReads;
import org.sijil.store.RecordAmendments.Amendment;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: what analysts changed in the published view since a server read it, when that is only
 * amendments (corrections and removals), review decisions and other logged changes that move no
 * person (the sources' names, grades), so the server can apply just those instead of reading the
 * whole register again (issue 14). Rules:
 *
 * <ul>
 *   <li>Only a register whose releases are all published (no witness quorum holding one back) and
 *       whose releases and latest link run are the ones served qualifies; an import, a link run, or
 *       a release held back or released needs the full read. A register never linked qualifies too:
 *       its persons are the records of each source's latest release grouped by list key ({@code
 *       K<key>}, or {@code R…} alone without one), which an amendment other than of the key does
 *       not regroup; records of older releases are in no person.
 *   <li>The records touched are every record of every new amendment's subject ({@link
 *       RecordSubjects}: a keyed subject follows its key into every release of its source). A
 *       correction of the list key itself moves a record to another subject: that needs the full
 *       read too.
 *   <li>The persons touched are those holding a touched record; each is read again by id through
 *       {@link PublishedPerson}, the same rule as the full read, and is empty when no record is
 *       left.
 *   <li>When the integrity log grew ({@link WatchedState}) but no amendment was made, nothing is
 *       touched: the change is the review queue and decisions (and what the caller reads with them:
 *       the log's stamp, the sources' names). A log smaller than the one served (a register
 *       restored from a backup) needs the full read.
 * </ul>
 *
 * Everything is read in one go on one open register, so the state returned is the one the persons,
 * queue and decisions come from.
 */
public final class PublishedChanges {

  /**
   * The change since the view served.
   *
   * @param state the register's watched state after it: its search state ({@link
   *     RegisterSearchIndex#state}) and its log's size
   * @param amendments the new amendments, in the order they were made
   * @param records every record of their subjects (published releases only)
   * @param persons each person holding one of those records, read again (empty when none is left),
   *     by person id in the order first met
   * @param queue the review queue now
   * @param decisions the latest review of each pair now
   * @param linked whether a link run has placed records in persons (otherwise persons are grouped
   *     by list key over each source's latest release)
   */
  public record Change(
      WatchedState state,
      List<Amendment> amendments,
      Set<RecordKey> records,
      Map<String, Optional<PublishedPerson.Read>> persons,
      List<Linkage.QueuedPair> queue,
      List<Linkage.Decision> decisions,
      boolean linked) {

    public Change {
      amendments = List.copyOf(amendments);
      records = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(records));
      persons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(persons));
      queue = List.copyOf(queue);
      decisions = List.copyOf(decisions);
    }
  }

  private final Register reg;

  public PublishedChanges(Register reg) {
    this.reg = reg;
  }

  /**
   * The change since the view of state {@code served} was read, or empty when it needs the full
   * read (see the rules above).
   */
  public Optional<Change> since(WatchedState served) {
    List<Release> releases = reg.releases().list();
    if (PublishedReleases.of(reg).size() != releases.size()) {
      return Optional.empty();
    }
    PersonReads reads = reg.personReads();
    boolean linked = reads.linked();
    // The log's size and the latest id first: changes stored meanwhile are left for the next look.
    long logSize = WatchedState.logSize(reg);
    long last = reg.amendments().lastId();
    WatchedState now = new WatchedState(RegisterSearchIndex.state(reg, last), logSize);
    long before = RegisterSearchIndex.amendmentsOf(served.search());
    if (before < 0
        || before > last
        || logSize < served.logSize()
        || !RegisterSearchIndex.withoutAmendments(now.search())
            .equals(RegisterSearchIndex.withoutAmendments(served.search()))) {
      return Optional.empty();
    }
    List<Amendment> added =
        reg.amendments().all().stream().filter(a -> a.id() > before && a.id() <= last).toList();
    if (added.stream().anyMatch(a -> "id".equals(a.field()))) {
      return Optional.empty();
    }
    Set<RecordKey> records = new LinkedHashSet<>();
    for (String subject : added.stream().map(Amendment::subject).distinct().toList()) {
      records.addAll(recordsOf(subject, releases, reads));
    }
    Map<String, Optional<PublishedPerson.Read>> persons = new LinkedHashMap<>();
    PublishedPerson person = new PublishedPerson(reg);
    Set<Long> shown = linked ? null : latestOfEachSource(releases);
    for (RecordKey k : records) {
      Optional<PersonReads.StoredRecord> stored = reads.read(k);
      if (stored.isPresent() && (linked || shown.contains(k.releaseId()))) {
        persons.computeIfAbsent(personId(stored.get(), linked), person::read);
      }
    }
    Linkage linkage = reg.linkage();
    return Optional.of(
        new Change(now, added, records, persons, linkage.queue(), linkage.reviews(), linked));
  }

  /** The ids of each source's latest release: the only records an unlinked register shows. */
  private static Set<Long> latestOfEachSource(List<Release> releases) {
    Map<String, Long> latest = new LinkedHashMap<>();
    releases.forEach(r -> latest.put(r.source(), r.id())); // listed by source, then as-of date
    return new java.util.HashSet<>(latest.values());
  }

  /** The stored records of a log subject, in the register's releases. */
  private static List<RecordKey> recordsOf(
      String subject, List<Release> releases, PersonReads reads) {
    String rest = subject.substring(RecordSubjects.PREFIX.length());
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      String source = rest.substring(0, slash);
      Set<Long> ofSource = new java.util.HashSet<>();
      releases.stream().filter(r -> r.source().equals(source)).forEach(r -> ofSource.add(r.id()));
      return reads.withKey(rest.substring(slash + 1)).stream()
          .filter(k -> ofSource.contains(k.releaseId()))
          .toList();
    }
    int colon = rest.indexOf(':');
    List<RecordKey> out = new ArrayList<>(1);
    out.add(
        new RecordKey(
            Long.parseLong(rest.substring(0, colon)), Long.parseLong(rest.substring(colon + 1))));
    return out;
  }

  /**
   * The id of the person a stored record is in, as the server's view names it: its link run's
   * person, or before any run the record's list key ({@link PublishedPerson}).
   */
  private static String personId(PersonReads.StoredRecord s, boolean linked) {
    if (s.link() != null) {
      return "P" + s.link().personId();
    }
    String key = s.record().id();
    if (!linked && key != null && !key.isBlank()) {
      return "K" + key;
    }
    return "R"
        + (s.release().source() + "/" + s.release().label() + "/" + s.record().row())
            .replace('/', '-');
  }
}
