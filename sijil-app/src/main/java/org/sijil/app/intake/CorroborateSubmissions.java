package org.sijil.app.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.store.Intake;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Use case: after a link run, marks {@value Intake#CORROBORATED} every pending submission whose
 * record the run linked to a record of an independent list, stored with who ran the link and what
 * corroborated it ({@code link-run model:N: also in list SOURCE}).
 *
 * <p>Rules: a submission's record is its chain's record in its source's {@value
 * ImportSubmissions#RELEASE} release (every version of a chain shares it, so every pending version
 * is marked); an independent list is any release that is not an intake release (another family
 * report is not independent); the first such list of the person, in release order, is named.
 * Confirmed or corroborated submissions are left as they are; a later run never makes one pending
 * again. With no pending submission it reads nothing. Each change is a {@code submission-status}
 * log entry, written in the same transaction with one bulk append.
 */
public final class CorroborateSubmissions {

  /** One submission marked: its ID and the independent list named. */
  public record Change(String submission, String list) {}

  private final Register register;

  public CorroborateSubmissions(Register register) {
    this.register = register;
  }

  /** Marks the submissions the link run {@code modelId} by {@code by} corroborated. */
  public List<Change> afterLinkRun(long modelId, Actor by) {
    Intake intake = register.intake();
    if (intake.withStatus(Intake.PENDING, 1).isEmpty()) {
      return List.of();
    }
    Map<Long, Release> releases = new HashMap<>();
    register.releases().list().forEach(r -> releases.put(r.id(), r));
    Map<RecordKey, Long> persons = register.linkage().assignments();
    Map<Long, String> independent = independentLists(persons, releases);
    Map<String, String> corroboratedRoots = new HashMap<>();
    List<String> sources = new ArrayList<>();
    for (Release r : releases.values()) {
      if (!r.label().equals(ImportSubmissions.RELEASE)) {
        continue;
      }
      sources.add(r.source());
      register
          .records()
          .forEach(
              r.id(),
              rec -> {
                Long person = persons.get(new RecordKey(r.id(), rec.row()));
                String list = person == null ? null : independent.get(person);
                if (list != null) {
                  corroboratedRoots.put(rec.raw().get("id"), list);
                }
              });
    }
    if (corroboratedRoots.isEmpty()) {
      return List.of();
    }
    return register.transaction(() -> mark(sources, corroboratedRoots, modelId, by));
  }

  /** Each person with a record of a release that is not intake: the first such list's source. */
  private static Map<Long, String> independentLists(
      Map<RecordKey, Long> persons, Map<Long, Release> releases) {
    Map<Long, String> independent = new HashMap<>();
    persons.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Release r = releases.get(e.getKey().releaseId());
              if (r != null && !r.label().equals(ImportSubmissions.RELEASE)) {
                independent.putIfAbsent(e.getValue(), r.source());
              }
            });
    return independent;
  }

  private List<Change> mark(
      List<String> sources, Map<String, String> corroboratedRoots, long modelId, Actor by) {
    Instant now = RegisterLog.now();
    List<Change> changes = new ArrayList<>();
    List<Intake.Stored> marked = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (String source : sources) {
      List<Intake.Stored> all = register.intake().all(source);
      Map<String, String> roots = SubmissionRecords.roots(all);
      for (Intake.Stored s : all) {
        String list = corroboratedRoots.get(roots.get(s.id()));
        if (list != null && s.status().equals(Intake.PENDING)) {
          marked.add(s);
          reasons.add("link-run model:" + modelId + ": also in list " + list);
          changes.add(new Change(s.id(), list));
        }
      }
    }
    StatusLog.changeAll(register, marked, Intake.CORROBORATED, by, reasons, now);
    return changes;
  }
}
