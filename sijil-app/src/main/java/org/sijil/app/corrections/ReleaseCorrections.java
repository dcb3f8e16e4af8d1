package org.sijil.app.corrections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.UserError;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Lists the keys of a source removed between consecutive releases and whether they came back (the
 * audit reporters made of the Ministry's list revisions).
 *
 * <p>Rules: releases are taken in the register's order (as-of date, then import time); a key of
 * release <i>i</i> missing from release <i>i+1</i> is removed in <i>i+1</i>; it has returned in the
 * first later release that lists it again, and a key that leaves again is a new removal. Rows
 * without a key cannot be followed and are not counted. The name is the one the key had in the last
 * release listing it.
 */
public final class ReleaseCorrections {

  private ReleaseCorrections() {}

  /** The report for {@code source} from the register. */
  public static Corrections of(Register register, String source) {
    List<ReleaseKeys> releases = new ArrayList<>();
    for (Release r : register.releases().list()) {
      if (!r.source().equals(source)) {
        continue;
      }
      Map<String, String> names = new LinkedHashMap<>();
      register.records().forEach(r.id(), rec -> keyOf(rec, names));
      releases.add(new ReleaseKeys(r.label(), r.rowsImported(), names));
    }
    if (releases.isEmpty()) {
      List<String> known =
          register.releases().list().stream().map(Release::source).distinct().sorted().toList();
      throw new UserError(
          "no source '" + source + "' in the register; sources: " + String.join(", ", known));
    }
    return compute(source, releases);
  }

  private static void keyOf(CasualtyRecord rec, Map<String, String> names) {
    if (rec.id() != null) {
      names.putIfAbsent(rec.id(), rec.nameAr() != null ? rec.nameAr() : rec.nameEn());
    }
  }

  /** The report over releases given oldest first (pure). */
  public static Corrections compute(String source, List<ReleaseKeys> releases) {
    List<Removal> removed = new ArrayList<>();
    List<Corrections.ReleaseFigures> figures = new ArrayList<>();
    // Keys currently out of the list: key -> index in `removed` of the removal still open.
    Map<String, Integer> open = new HashMap<>();
    Map<String, String> lastName = new HashMap<>();
    ReleaseKeys previous = null;
    for (ReleaseKeys r : releases) {
      long added = 0;
      long gone = 0;
      long back = 0;
      for (Map.Entry<String, String> e : r.names().entrySet()) {
        Integer o = open.remove(e.getKey());
        if (o != null) {
          Removal x = removed.get(o);
          removed.set(o, new Removal(x.key(), x.name(), x.lastIn(), x.removedIn(), r.label()));
          back++;
        } else if (previous == null || !previous.names().containsKey(e.getKey())) {
          added++;
        }
      }
      if (previous != null) {
        for (String k : previous.names().keySet()) {
          if (!r.names().containsKey(k)) {
            open.put(k, removed.size());
            removed.add(new Removal(k, lastName.get(k), previous.label(), r.label(), null));
            gone++;
          }
        }
      }
      r.names().forEach((k, v) -> lastName.put(k, v));
      figures.add(
          new Corrections.ReleaseFigures(
              r.label(), r.records(), r.names().size(), added, gone, back));
      previous = r;
    }
    List<Removal> returned = removed.stream().filter(Removal::returned).toList();
    return new Corrections(source, figures, removed, returned);
  }
}
