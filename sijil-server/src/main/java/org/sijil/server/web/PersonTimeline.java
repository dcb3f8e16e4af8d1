package org.sijil.server.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;

/**
 * The person page's timeline: which release of which list added, changed or dropped each of the
 * person's records, where one release lists the person more than once (records joined inside one
 * release), how the records were joined into one person and what analysts decided about them.
 *
 * <p>Rules ({@link #events}): a source's releases are taken in the register's order; the first
 * release with a record of the person adds it; a later one with a record whose name, age, sex,
 * dates or place differ from the previous release's record (matched by list key, else the first)
 * changes it; a release without one after a release with one drops it, and the next with one lists
 * the person again. Release events are ordered by the release's date (as-of date, else import
 * date), then the link run that joined the records, then settled review decisions on pairs with a
 * record of the person ("unsure" is no decision and is left out).
 */
final class PersonTimeline {

  /** What happened. */
  enum Kind {
    ADDED,
    CHANGED,
    REMOVED,
    RETURNED,
    SAME_RELEASE,
    LINKED,
    MATCH,
    NON_MATCH
  }

  /**
   * One event.
   *
   * @param kind what happened
   * @param source the list (null for a link run or a decision)
   * @param release the release label, or for a decision the first record's label
   * @param date the release's date or the run's; null when unknown
   * @param detail the rows, the number of records joined, or for a decision the other record
   * @param by who ran the link run or decided; null for a release event
   * @param changes for {@link Kind#CHANGED}: field to {old, new}
   */
  record Event(
      Kind kind,
      String source,
      String release,
      LocalDate date,
      String detail,
      String by,
      Map<String, String[]> changes) {}

  /** The fields compared between releases, in the order they are told. */
  static final List<String> FIELDS =
      List.of("name_ar", "name_en", "age", "sex", "dob", "dod", "place");

  private PersonTimeline() {}

  /**
   * Renders the section (one call in the person page), naming sources by {@code labels}; {@code
   * versions} (release {@code SOURCE/LABEL} to the record version its {@code record-version} log
   * entry gave, or null when the log is not at hand) numbers the releases' events as the history
   * API does: a first listing is version 1.
   */
  static void render(
      Html h,
      Lang lang,
      Person p,
      List<Release> releases,
      List<ReviewItem> reviews,
      SourceLabels labels,
      Map<String, Long> versions) {
    List<Event> events = events(p, releases, reviews);
    h.open("section", "id", "person-timeline", "class", "timeline");
    h.el("h2", lang.t("pages.timeline.title"));
    h.el("p", lang.t("pages.timeline.intro"), "class", "note");
    h.open("ol", "class", "events");
    for (Event e : events) {
      h.open("li", "class", "event " + e.kind().name().toLowerCase(java.util.Locale.ROOT));
      if (e.date() != null) {
        h.el("bdi", e.date().toString(), "dir", "ltr", "class", "date").text(" · ");
      }
      h.el("span", sentence(lang, e, labels), "dir", "auto");
      Long version = version(e, versions);
      if (version != null) {
        h.text(" · ")
            .el(
                "span",
                lang.t("pages.timeline.version").replace("{n}", version.toString()),
                "class",
                "version");
      }
      h.close("li");
    }
    h.close("ol");
    h.close("section");
  }

  /** The record version an event made, when the log says (null otherwise). */
  static Long version(Event e, Map<String, Long> versions) {
    boolean listing =
        e.kind() == Kind.ADDED || e.kind() == Kind.CHANGED || e.kind() == Kind.RETURNED;
    if (versions == null || !listing) {
      return null;
    }
    Long logged = versions.get(e.source() + "/" + e.release());
    return e.kind() == Kind.ADDED && logged == null ? Long.valueOf(1) : logged;
  }

  /** One event in words. */
  static String sentence(Lang lang, Event e) {
    return sentence(lang, e, SourceLabels.CODES);
  }

  /** One event in words, its source named by {@code labels}. */
  static String sentence(Lang lang, Event e, SourceLabels labels) {
    String key = "pages.timeline." + e.kind().name().toLowerCase(java.util.Locale.ROOT);
    String text =
        lang.t(key)
            .replace("{source}", e.source() == null ? "" : labels.text(lang, e.source()))
            .replace("{release}", e.release() == null ? "" : e.release())
            .replace("{detail}", e.detail() == null ? "" : e.detail())
            .replace("{left}", e.release() == null ? "" : e.release())
            .replace("{right}", e.detail() == null ? "" : e.detail())
            .replace("{by}", e.by() == null ? "" : e.by());
    if (e.kind() == Kind.CHANGED) {
      String arrow = lang == Lang.AR ? " ← " : " → ";
      List<String> parts = new ArrayList<>();
      e.changes()
          .forEach(
              (field, v) ->
                  parts.add(
                      lang.t("field." + field)
                          + ": "
                          + shown(lang, field, v[0])
                          + arrow
                          + shown(lang, field, v[1])));
      text = text.replace("{changes}", String.join("; ", parts));
    }
    return text;
  }

  private static String shown(Lang lang, String field, String v) {
    if (v == null || v.isBlank()) {
      return "—";
    }
    return field.equals("sex") ? Views.sex(lang, v) : v;
  }

  /** The person's events (pure; see the class comment for the rules). */
  static List<Event> events(Person p, List<Release> releases, List<ReviewItem> reviews) {
    Map<String, List<Release>> bySource = new LinkedHashMap<>();
    for (Release r : releases) {
      bySource.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
    }
    Set<String> sources =
        p.records().stream()
            .map(SourceRecord::source)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    List<Event> dated = new ArrayList<>();
    for (String source : sources) {
      dated.addAll(sourceEvents(p, source, bySource.getOrDefault(source, List.of())));
    }
    // A stable sort: undated events keep their place after the dated ones of their source.
    dated.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Event> out = new ArrayList<>(dated);
    if (p.records().size() > 1 && p.linkedBy() != null) {
      out.add(
          new Event(
              Kind.LINKED,
              null,
              null,
              p.linkedAt() == null ? null : p.linkedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
              Integer.toString(p.records().size()),
              p.linkedBy(),
              Map.of()));
    }
    out.addAll(decisions(p, reviews));
    return out;
  }

  private static List<Event> sourceEvents(Person p, String source, List<Release> ordered) {
    List<Release> order = new ArrayList<>(ordered);
    for (SourceRecord r : p.records()) {
      if (r.source().equals(source)
          && order.stream().noneMatch(x -> x.label().equals(r.release()))) {
        order.add(new Release(source, r.release(), null, null, null, 0, 0)); // not in the list
      }
    }
    List<Event> out = new ArrayList<>();
    List<SourceRecord> previous = null;
    boolean seen = false;
    for (Release release : order) {
      List<SourceRecord> here =
          p.records().stream()
              .filter(r -> r.source().equals(source) && r.release().equals(release.label()))
              .sorted(Comparator.comparingLong(SourceRecord::row))
              .toList();
      LocalDate date = dateOf(release);
      if (here.isEmpty()) {
        if (previous != null) {
          out.add(new Event(Kind.REMOVED, source, release.label(), date, null, null, Map.of()));
        }
        previous = null;
        continue;
      }
      String rows = here.stream().map(r -> "#" + r.row()).collect(Collectors.joining(", "));
      if (previous == null) {
        out.add(
            new Event(
                seen ? Kind.RETURNED : Kind.ADDED,
                source,
                release.label(),
                date,
                rows,
                null,
                Map.of()));
      } else {
        Map<String, String[]> changes = changes(previous, here);
        if (!changes.isEmpty()) {
          out.add(new Event(Kind.CHANGED, source, release.label(), date, rows, null, changes));
        }
      }
      if (here.size() > 1) {
        out.add(new Event(Kind.SAME_RELEASE, source, release.label(), date, rows, null, Map.of()));
      }
      previous = here;
      seen = true;
    }
    return out;
  }

  private static LocalDate dateOf(Release r) {
    if (r.asOf() != null) {
      return r.asOf();
    }
    return r.importedAt() == null ? null : r.importedAt().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** Field to {old, new} between the previous release's record and this one's (same key first). */
  static Map<String, String[]> changes(List<SourceRecord> previous, List<SourceRecord> here) {
    SourceRecord now = here.get(0);
    SourceRecord before = previous.get(0);
    outer:
    for (SourceRecord h : here) {
      for (SourceRecord b : previous) {
        if (h.key() != null && !h.key().isBlank() && h.key().equals(b.key())) {
          now = h;
          before = b;
          break outer;
        }
      }
    }
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String a = value(before, field);
      String b = value(now, field);
      if (ReviewSections.differs(a, b)) {
        out.put(field, new String[] {a, b});
      }
    }
    return out;
  }

  private static String value(SourceRecord r, String field) {
    Object v =
        switch (field) {
          case "name_ar" -> r.nameAr();
          case "name_en" -> r.nameEn();
          case "age" -> r.age();
          case "sex" -> r.sex();
          case "dob" -> r.dob();
          case "dod" -> r.dod();
          case "place" -> r.place();
          default -> throw new IllegalArgumentException("no field " + field);
        };
    return v == null ? null : v.toString();
  }

  /** Settled decisions on pairs with a record of the person, the other record named. */
  private static List<Event> decisions(Person p, List<ReviewItem> reviews) {
    Map<String, SourceRecord> mine = new LinkedHashMap<>();
    p.records().forEach(r -> mine.put(r.recordId(), r));
    List<Event> out = new ArrayList<>();
    for (ReviewItem item : reviews) {
      String verdict = item.link().decision();
      if (!ReviewItem.settles(verdict)
          || !(mine.containsKey(item.left().recordId())
              || mine.containsKey(item.right().recordId()))) {
        continue;
      }
      out.add(
          new Event(
              "match".equals(verdict) ? Kind.MATCH : Kind.NON_MATCH,
              null,
              Views.recordLabel(item.left()),
              null,
              Views.recordLabel(item.right()),
              item.decidedBy(),
              Map.of()));
    }
    return out;
  }
}
