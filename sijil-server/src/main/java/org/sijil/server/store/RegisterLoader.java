package org.sijil.server.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.core.linkage.Explanation;
import org.sijil.core.linkage.LinkageJson;
import org.sijil.core.linkage.LinkageModel;
import org.sijil.core.linkage.Linker;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.server.model.ExplanationTerm;
import org.sijil.server.model.Link;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.ReviewItem;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterData;
import org.sijil.store.Linkage;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;

/**
 * Reads what the server publishes from the register into memory at start: every record of every
 * release, the persons the linkage made of them (with each link's probability and explanation from the
 * stored model), the review queue and decisions, and the estimate.
 *
 * <p>Before the register has been linked, records of the latest release of each source are grouped by
 * their list key (the identity number) — an exact-key grouping, clearly weaker than the linkage model
 * — and records without a key stand alone. {@link #linked} says which happened.
 */
public final class RegisterLoader {

  /** Persons with more records than this get their links explained against their first record only. */
  private static final int FULL_PAIRS_UP_TO = 12;

  private RegisterLoader() {}

  /** What was loaded, and whether persons came from the linkage. */
  public record Loaded(RegisterData data, boolean linked, String estimateNote) {}

  public static RegisterData load(Register register) {
    return load(register, null).data();
  }

  /**
   * @param db the register file, for on-demand diffs; null for none
   */
  public static Loaded load(Register register, Path db) {
    List<org.sijil.store.Release> stored = register.releases().list();
    List<Release> releases = new ArrayList<>();
    Map<String, org.sijil.store.Release> latest = new LinkedHashMap<>();
    for (org.sijil.store.Release r : stored) {
      releases.add(new Release(r.source(), r.label(), r.asOf(), r.importedAt(), r.sha256(), r.rowsImported(), r.rowsRejected()));
      latest.put(r.source(), r); // list() is ordered by source, then as-of date, then import time
    }
    Map<RecordKey, Long> assignments = register.linkage().assignments();
    var diffs = db == null ? null : new StoreDiffs(db);
    if (assignments.isEmpty()) {
      return new Loaded(new RegisterData(byKey(register, latest), releases, diffs, null, List.of()), false, null);
    }
    // All records of all releases, in the register's order (as the linker numbers them).
    List<CasualtyRecord> all = new ArrayList<>();
    List<SourceRecord> views = new ArrayList<>();
    Map<RecordKey, Integer> index = new HashMap<>();
    for (org.sijil.store.Release r : stored) {
      register.records().forEach(r.id(), rec -> {
        index.put(new RecordKey(r.id(), rec.row()), all.size());
        all.add(rec);
        views.add(toSourceRecord(r, rec));
      });
    }
    Explainer explainer = Explainer.of(register, all);
    // Persons: records grouped by person, newest release first so the newest values are shown.
    Map<Long, List<Integer>> members = new LinkedHashMap<>();
    List<Integer> unlinked = new ArrayList<>();
    for (Map.Entry<RecordKey, Integer> e : index.entrySet()) {
      Long person = assignments.get(e.getKey());
      if (person == null) {
        unlinked.add(e.getValue());
      } else {
        members.computeIfAbsent(person, k -> new ArrayList<>()).add(e.getValue());
      }
    }
    List<Person> persons = new ArrayList<>(members.size() + unlinked.size());
    members.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      List<Integer> idx = e.getValue();
      idx.sort((a, b) -> Integer.compare(b, a));
      List<SourceRecord> recs = new ArrayList<>(idx.size());
      for (int i : idx) {
        recs.add(views.get(i));
      }
      persons.add(person("P" + e.getKey(), recs, explainer.links(idx, views)));
    });
    unlinked.sort(Integer::compare);
    for (int i : unlinked) {
      persons.add(person("R" + views.get(i).recordId().replace('/', '-'), List.of(views.get(i)), List.of()));
    }
    List<ReviewItem> review = ReviewLoader.load(register.linkage(), index, views, explainer);
    RegisterEstimate.Result estimate = RegisterEstimate.of(persons);
    return new Loaded(new RegisterData(persons, releases, diffs, estimate.estimate(), review), true, estimate.note());
  }

  /** Persons by exact list key over the latest release of each source (before any linkage). */
  private static List<Person> byKey(Register register, Map<String, org.sijil.store.Release> latest) {
    Map<String, List<SourceRecord>> byKey = new LinkedHashMap<>();
    List<SourceRecord> keyless = new ArrayList<>();
    for (org.sijil.store.Release r : latest.values()) {
      register.records().forEach(r.id(), rec -> {
        SourceRecord s = toSourceRecord(r, rec);
        if (s.key() == null || s.key().isBlank()) {
          keyless.add(s);
        } else {
          byKey.computeIfAbsent(s.key(), k -> new ArrayList<>(2)).add(s);
        }
      });
    }
    List<Person> persons = new ArrayList<>(byKey.size() + keyless.size());
    Map<String, Integer> seen = new HashMap<>();
    for (Map.Entry<String, List<SourceRecord>> e : byKey.entrySet()) {
      persons.add(person(uniqueId("K" + e.getKey(), seen), e.getValue(), List.of()));
    }
    for (SourceRecord s : keyless) {
      persons.add(person(uniqueId("R" + s.recordId().replace('/', '-'), seen), List.of(s), List.of()));
    }
    return persons;
  }

  private static String uniqueId(String id, Map<String, Integer> seen) {
    int n = seen.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "-" + n;
  }

  static SourceRecord toSourceRecord(org.sijil.store.Release release, CasualtyRecord r) {
    return new SourceRecord(
        release.source() + "/" + release.label() + "/" + r.row(),
        release.source(),
        release.label(),
        r.row(),
        r.id(),
        r.nameAr(),
        r.nameEn(),
        r.age() == null ? null : r.age().toString(),
        r.age() == null ? null : r.age().inYears(),
        r.sex() == null ? null : r.sex().code(),
        r.dob(),
        r.dod(),
        r.place(),
        r.raw());
  }

  /** A person from its records without links (see {@link #person(String, List, List)}). */
  public static Person person(String personId, List<SourceRecord> records) {
    return person(personId, records, List.of());
  }

  /** A person from its records: each shown value is the first record's that has one, and says so. */
  public static Person person(String personId, List<SourceRecord> records, List<Link> links) {
    Map<String, String> provenance = new LinkedHashMap<>();
    SourceRecord nameAr = first(records, SourceRecord::nameAr, "name_ar", provenance);
    SourceRecord nameEn = first(records, SourceRecord::nameEn, "name_en", provenance);
    SourceRecord age = first(records, SourceRecord::age, "age", provenance);
    SourceRecord sex = first(records, SourceRecord::sex, "sex", provenance);
    SourceRecord dob = first(records, SourceRecord::dob, "dob", provenance);
    SourceRecord dod = first(records, SourceRecord::dod, "dod", provenance);
    SourceRecord place = first(records, SourceRecord::place, "place", provenance);
    return new Person(
        personId,
        nameAr == null ? null : nameAr.nameAr(),
        nameEn == null ? null : nameEn.nameEn(),
        age == null ? null : age.age(),
        age == null ? null : age.ageYears(),
        sex == null ? null : sex.sex(),
        dob == null ? null : dob.dob(),
        dod == null ? null : dod.dod(),
        place == null ? null : place.place(),
        provenance,
        records,
        links);
  }

  private static SourceRecord first(
      List<SourceRecord> records, java.util.function.Function<SourceRecord, Object> value, String field, Map<String, String> provenance) {
    for (SourceRecord r : records) {
      Object v = value.apply(r);
      if (v != null && !v.toString().isBlank()) {
        provenance.put(field, r.recordId());
        return r;
      }
    }
    return null;
  }

  /** Explains pairs of register records with the latest stored model. */
  static final class Explainer {
    private final Linker linker;
    private final LinkageModel model;

    private Explainer(Linker linker, LinkageModel model) {
      this.linker = linker;
      this.model = model;
    }

    static Explainer of(Register register, List<CasualtyRecord> all) {
      Optional<Linkage.StoredModel> stored = register.linkage().latestModel();
      if (stored.isEmpty() || all.size() < 2) {
        return new Explainer(null, null);
      }
      LinkageSpec spec = LinkageJson.readSpec(stored.get().spec(), "stored spec");
      LinkageModel model = LinkageJson.readModel(stored.get().model(), "stored model");
      return new Explainer(Linker.dedupe(spec, all, Runtime.getRuntime().availableProcessors()), model);
    }

    /** A scored link with its waterfall, or null without a model. */
    Link explain(int a, int b, List<SourceRecord> views) {
      if (linker == null) {
        return null;
      }
      Explanation e = linker.explain(model, a, b);
      List<ExplanationTerm> terms = new ArrayList<>();
      terms.add(new ExplanationTerm("prior", "", e.priorWeight()));
      for (Explanation.Term t : e.terms()) {
        terms.add(new ExplanationTerm(t.comparison(), t.level(), t.weight()));
        if (t.termFrequency() != 0) {
          terms.add(new ExplanationTerm(t.comparison() + " (frequency)", "", t.termFrequency()));
        }
      }
      return new Link(views.get(a).recordId(), views.get(b).recordId(), e.probability(), terms, null);
    }

    /** For each record after the first, its best-scoring partner among the person's other records. */
    List<Link> links(List<Integer> idx, List<SourceRecord> views) {
      if (linker == null || idx.size() < 2) {
        return List.of();
      }
      List<Link> out = new ArrayList<>();
      for (int i = 1; i < idx.size(); i++) {
        Link best = null;
        int partners = idx.size() <= FULL_PAIRS_UP_TO ? i : 1;
        for (int j = 0; j < partners; j++) {
          Link l = explain(idx.get(j), idx.get(i), views);
          if (best == null || l.probability() > best.probability()) {
            best = l;
          }
        }
        out.add(best);
      }
      return out;
    }
  }
}
