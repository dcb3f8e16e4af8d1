package org.sijil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.sijil.core.UserError;
import org.sijil.core.record.Age;
import org.sijil.core.record.Sex;

/**
 * Persons and the links of records to them, the models that made them, and the review of uncertain
 * pairs (migration 2).
 */
public interface Linkage {

  /** A stored record: release and 1-based data row. Written {@code release:row}. */
  record RecordKey(long releaseId, long row) implements Comparable<RecordKey> {
    @Override
    public String toString() {
      return releaseId + ":" + row;
    }

    public static RecordKey parse(String s) {
      int colon = s.indexOf(':');
      try {
        if (colon > 0) {
          return new RecordKey(
              Long.parseLong(s.substring(0, colon).trim()),
              Long.parseLong(s.substring(colon + 1).trim()));
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      throw new UserError("expected a record as RELEASE_ID:ROW (e.g. 2:140), got '" + s + "'");
    }

    @Override
    public int compareTo(RecordKey o) {
      int c = Long.compare(releaseId, o.releaseId);
      return c != 0 ? c : Long.compare(row, o.row);
    }
  }

  /**
   * A pair of records, in canonical order (smaller first). Its {@link #id()} {@code 1:12~2:40} is
   * the one form the web and the CLI show and accept ('~' rather than '/', which would split a URL
   * path); {@link #parse} also reads the older {@code 1:12/2:40} and either order. {@link
   * #toString()} keeps {@code a/b}, the form of the integrity log's subjects.
   */
  record Pair(RecordKey a, RecordKey b) {
    public Pair {
      if (a.compareTo(b) > 0) {
        RecordKey t = a;
        a = b;
        b = t;
      }
      if (a.equals(b)) {
        throw new UserError("a pair needs two different records, got " + a + " twice");
      }
    }

    @Override
    public String toString() {
      return a + "/" + b;
    }

    /** The pair's identifier as the review page and {@code sijil review} show it. */
    public String id() {
      return a.toString() + ID_SEPARATOR + b;
    }

    /** Reads {@code RELEASE:ROW~RELEASE:ROW} (or with '/'), in either order. */
    public static Pair parse(String s) {
      String t = s == null ? "" : s.strip();
      int sep = t.indexOf(ID_SEPARATOR);
      if (sep < 0) {
        sep = t.indexOf('/');
      }
      if (sep < 0) {
        throw new UserError(
            "expected a pair as RELEASE:ROW~RELEASE:ROW (e.g. 1:12~2:40), got '" + s + "'");
      }
      return new Pair(RecordKey.parse(t.substring(0, sep)), RecordKey.parse(t.substring(sep + 1)));
    }

    /** Between the two records of a pair id: safe in a URL path and in a shell. */
    private static final char ID_SEPARATOR = '~';
  }

  /** What a reviewer said about a pair; only match and non-match bind the linker. */
  enum Verdict {
    MATCH("match"),
    NON_MATCH("non-match"),
    /**
     * Kept for a second analyst: the pair stays in the queue and linkage treats it as undecided.
     */
    UNSURE("unsure");

    private final String code;

    Verdict(String code) {
      this.code = code;
    }

    /** As stored and logged: match, non-match or unsure. */
    public String code() {
      return code;
    }

    /** Reads a code (also "nonmatch", "no-match"); fails naming the accepted words. */
    public static Verdict ofCode(String s) {
      String c = s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
      return switch (c) {
        case "match" -> MATCH;
        case "non-match", "nonmatch", "no-match" -> NON_MATCH;
        case "unsure" -> UNSURE;
        default ->
            throw new UserError("decision must be match, non-match or unsure, got '" + s + "'");
      };
    }
  }

  /** A record's person; probability of its strongest match within the person, null if alone. */
  record PersonLink(RecordKey record, long personId, Double probability) {}

  /** A pair waiting for review. */
  record QueuedPair(Pair pair, double probability, long modelId, Instant queuedAt) {}

  /** A reviewer's decision. */
  record Decision(Pair pair, Verdict verdict, String by, String note, Instant at) {
    public Decision {
      if (by == null || by.isBlank()) {
        throw new IllegalArgumentException("a decision needs its author");
      }
      if (verdict == null) {
        throw new IllegalArgumentException("a decision needs its verdict");
      }
    }

    /** A match ({@code true}) or non-match decision. */
    public Decision(Pair pair, boolean match, String by, String note, Instant at) {
      this(pair, match ? Verdict.MATCH : Verdict.NON_MATCH, by, note, at);
    }

    /** Whether the reviewer said the two records are one person. */
    public boolean match() {
      return verdict == Verdict.MATCH;
    }
  }

  /**
   * A linked record seen from its person: the source (list) its release belongs to and the record's
   * fields that describe the person (age, sex, date and place of death; each may be null).
   */
  record PersonRecord(
      long personId, String source, Age age, Sex sex, LocalDate dod, String place) {}

  /**
   * A linking run: the model it used (spec and fitted parameters with the training report, JSON),
   * when it ran and who ran it ({@code createdBy} null for runs stored before this was recorded).
   */
  record StoredModel(long id, String spec, String model, Instant createdAt, String createdBy) {}

  /**
   * A record's current link as stored by the run that last placed it.
   *
   * @param personId its person (after merges)
   * @param probability its strongest match probability within the person; null when alone
   * @param modelId the run that placed it
   */
  record CurrentLink(long personId, Double probability, long modelId) {}

  /** A link run without its documents: id, time and actor. */
  record RunInfo(long id, Instant createdAt, String createdBy) {}

  /**
   * The result of one linking run, written in one transaction.
   *
   * @param spec the spec JSON
   * @param model the fitted model JSON
   * @param links new or changed links (replacing any earlier link of the same records)
   * @param newPersons person ids first used by this run
   * @param merged persons merged into another by this run: old id to surviving id
   * @param queue pairs to add to the review queue
   * @param replaceAll the links cover every record (a full run): earlier links are all replaced
   * @param by who ran it
   */
  record Run(
      String spec,
      String model,
      List<PersonLink> links,
      List<Long> newPersons,
      Map<Long, Long> merged,
      List<QueuedPair> queue,
      boolean replaceAll,
      String by) {
    public Run {
      if (by == null || by.isBlank()) {
        throw new IllegalArgumentException("a link run needs its actor");
      }
    }
  }

  /** The current person of every linked record. */
  Map<RecordKey, Long> assignments();

  Optional<StoredModel> latestModel();

  /** Every link run, oldest first, without its documents. */
  List<RunInfo> runs();

  /** The current link of every linked record, with the run that placed it. */
  Map<RecordKey, CurrentLink> currentLinks();

  /** Stores a run; returns its model id. */
  long save(Run run);

  /** The highest person id ever used, 0 when none. */
  long maxPersonId();

  /**
   * Undecided queued pairs, most uncertain (closest to 0.5) first; a pair whose latest review is
   * {@link Verdict#UNSURE} is still undecided and stays here for a second analyst.
   */
  List<QueuedPair> queue();

  void decide(Decision decision);

  /** The latest review of each pair, whatever its verdict, in decision order. */
  List<Decision> reviews();

  /**
   * The latest decision per pair, in decision order, for pairs whose latest review is a match or a
   * non-match: a pair last marked unsure has no decision (linkage leaves it to the model).
   */
  default List<Decision> decisions() {
    return reviews().stream().filter(d -> d.verdict() != Verdict.UNSURE).toList();
  }

  /** Pairs whose latest review is "unsure", in decision order. */
  default List<Decision> unsure() {
    return reviews().stream().filter(d -> d.verdict() == Verdict.UNSURE).toList();
  }

  /** Records of a person (following merges), by record. */
  List<PersonLink> records(long personId);

  /** The person of a record (after merges), if linked. */
  OptionalLong personOf(RecordKey record);

  /**
   * Streams every linked record of every release, ordered by person (then release and row), so a
   * caller can fold each person's records (e.g. list membership for estimation) one person at a
   * time.
   */
  void forEachPersonRecord(Consumer<PersonRecord> action);

  /**
   * Records not linked to any person, by source name (sources with none are absent): releases
   * imported after the last {@code sijil link}.
   */
  Map<String, Long> unlinkedBySource();
}
