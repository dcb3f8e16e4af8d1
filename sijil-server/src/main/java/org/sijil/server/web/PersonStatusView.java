package org.sijil.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.SourceRecord;

/**
 * The person page's status line per source: "in the latest release of X", or "removed from X in
 * release Y", with "returned in Z" for a person a later release lists again.
 *
 * <p>Rules: a source's releases are taken in the register's order; the person is in a release when
 * one of its records comes from it; every release without the person after one with it is a
 * removal, and the next release with it a return.
 */
final class PersonStatusView {

  /** One event in a person's presence in a source. */
  record Status(String source, String latestIn, List<String[]> removals) {}

  private PersonStatusView() {}

  /** Renders the section; nothing when the person has no records. */
  static void render(Lang lang, Html h, Person p, List<Release> releases) {
    render(lang, h, p, releases, SourceLabels.CODES);
  }

  /** Renders the section, naming sources by {@code labels}. */
  static void render(Lang lang, Html h, Person p, List<Release> releases, SourceLabels labels) {
    List<Status> all = statuses(p, releases);
    if (all.isEmpty()) {
      return;
    }
    h.el("h2", lang.t("status.title"));
    h.open("ul", "id", "person-status");
    for (Status s : all) {
      List<String> parts = new ArrayList<>();
      for (String[] r : s.removals()) {
        String line =
            lang.t("status.removed")
                .replace("{source}", labels.text(lang, s.source()))
                .replace("{release}", r[0]);
        if (r[1] != null) {
          line += " (" + lang.t("status.returned").replace("{release}", r[1]) + ")";
        }
        parts.add(line);
      }
      if (s.latestIn() != null) {
        parts.add(
            0,
            lang.t("status.latest")
                .replace("{source}", labels.text(lang, s.source()))
                .replace("{release}", s.latestIn()));
      }
      h.el("li", String.join("; ", parts), "dir", "auto");
    }
    h.close("ul");
  }

  /** Each source of the person's records with its status (pure). */
  static List<Status> statuses(Person p, List<Release> releases) {
    Map<String, Set<String>> present = new TreeMap<>();
    for (SourceRecord r : p.records()) {
      present.computeIfAbsent(r.source(), k -> new java.util.HashSet<>()).add(r.release());
    }
    Map<String, List<String>> order = new LinkedHashMap<>();
    for (Release r : releases) {
      order.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r.label());
    }
    List<Status> out = new ArrayList<>();
    present.forEach(
        (source, in) -> {
          List<String> labels = order.getOrDefault(source, List.copyOf(in));
          List<String[]> removals = new ArrayList<>();
          boolean seen = false;
          String[] open = null;
          for (String l : labels) {
            if (in.contains(l)) {
              if (open != null) {
                open[1] = l;
                open = null;
              }
              seen = true;
            } else if (seen && open == null) {
              open = new String[] {l, null};
              removals.add(open);
            }
          }
          String latest = labels.get(labels.size() - 1);
          out.add(new Status(source, in.contains(latest) ? latest : null, removals));
        });
    return out;
  }
}
