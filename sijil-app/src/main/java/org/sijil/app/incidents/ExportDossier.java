package org.sijil.app.incidents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.Actor;
import org.sijil.app.integrity.PublishSignedSnapshot;
import org.sijil.app.sources.NameSource;
import org.sijil.core.UserError;
import org.sijil.core.incident.GradeDecision;
import org.sijil.core.incident.PersonGrading;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.TlogProof;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Incidents;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.SourceNames;

/**
 * Use case: the evidence dossier of one incident or of a set of persons, for a court or commission
 * ({@code docs/incidents.md}): the incident and every version of it, its victims, each victim's
 * status with the analysts' decisions and their source records verbatim, and receipts: a tlog-proof
 * for each log entry about the incident under the latest signed checkpoint, and each person's
 * receipt under the latest published snapshot. Each receipt is also returned as its own text so it
 * can be saved to a file and checked with {@code sijil verify receipt}. The sources (lists) it
 * cites by code are named under {@code sources}, with the English and Arabic display names analysts
 * set ({@code sijil sources name}; null where none is set).
 */
public final class ExportDossier {

  /** Format name of the JSON document. */
  public static final String FORMAT = "sijil-dossier/v1";

  /**
   * A dossier: the JSON document and its receipts by file name ({@code entry-N.tlog-proof}, {@code
   * person-N.tlog-proof}).
   */
  public record Dossier(ObjectNode json, Map<String, String> receipts) {}

  private final Register reg;
  private final Map<Long, Map<Long, CasualtyRecord>> rows = new HashMap<>();
  private final java.util.Set<String> cited = new java.util.TreeSet<>();

  public ExportDossier(Register reg) {
    this.reg = reg;
  }

  /** The dossier of one incident and its confirmed and suggested victims. */
  public Dossier incident(String id, Actor by) {
    IncidentQueries.Detail d =
        new IncidentQueries(reg).show(id).orElseThrow(() -> LinkVictims.noSuchIncident(id));
    Map<String, String> receipts = new LinkedHashMap<>();
    ObjectNode root = header(by);
    ObjectNode inc = root.putObject("incident");
    inc.set("current", IncidentJson.toJson(d.summary().incident()));
    inc.put("version", d.summary().version());
    inc.put("named_killed", d.namedKilled());
    inc.put("reported_killed_not_named", d.reportedKilledMissing());
    ArrayNode history = inc.putArray("history");
    for (Incidents.Version v : d.history()) {
      history
          .addObject()
          .put("version", v.version())
          .put("change", v.change())
          .put("by", v.by())
          .put("at", v.at().toString())
          .put("document_sha256", IncidentJson.sha256(v.document()))
          .put("document", v.document());
    }
    entryReceipts(IncidentWrites.SUBJECT + id, inc.putArray("log_receipts"), receipts);
    ArrayNode victims = root.putArray("victims");
    Map<Long, PersonGrading.Grade> grades = new GradePersons(reg).all();
    for (Incidents.Victim v : d.victims()) {
      ObjectNode o = person(v.personId(), grades, receipts);
      o.put("role", v.role()).put("certainty", v.certainty()).put("link_state", v.state());
      o.put("link_decided_by", v.by()).put("link_decided_at", v.at().toString());
      o.put("link_note", v.note());
      victims.add(o);
    }
    sources(root);
    return new Dossier(root, receipts);
  }

  /** The dossier of the persons given (each must be in the register). */
  public Dossier persons(List<Long> persons, Actor by) {
    if (persons.isEmpty()) {
      throw new UserError("name at least one person for a dossier");
    }
    Map<String, String> receipts = new LinkedHashMap<>();
    ObjectNode root = header(by);
    ArrayNode out = root.putArray("persons");
    Map<Long, PersonGrading.Grade> grades = new GradePersons(reg).all();
    Map<Long, List<String>> incidents = new IncidentQueries(reg).incidentsOfPersons();
    for (long p : persons) {
      ObjectNode o = person(p, grades, receipts);
      ArrayNode in = o.putArray("incidents");
      incidents.getOrDefault(p, List.of()).forEach(in::add);
      out.add(o);
    }
    sources(root);
    return new Dossier(root, receipts);
  }

  private ObjectNode header(Actor by) {
    ObjectNode root = IncidentJson.JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("generated_at", java.time.Instant.now().toString());
    root.put("generated_by", by.name());
    reg.integrity().latestCheckpoint().ifPresent(c -> root.put("checkpoint", c.note()));
    return root;
  }

  /** {@code sources}: each source cited, by code, with its display names (null when not set). */
  private void sources(ObjectNode root) {
    Map<String, SourceNames.Named> names = NameSource.names(reg);
    ObjectNode out = root.putObject("sources");
    for (String code : cited) {
      SourceNames.Named n = names.get(code);
      out.putObject(code)
          .put("en", n == null ? null : n.english())
          .put("ar", n == null ? null : n.arabic());
    }
  }

  private ObjectNode person(
      long p, Map<Long, PersonGrading.Grade> grades, Map<String, String> receipts) {
    List<Linkage.PersonLink> links = reg.linkage().records(p);
    if (links.isEmpty()) {
      throw new NotFound("the register has no person " + p);
    }
    ObjectNode o = IncidentJson.JSON.createObjectNode();
    o.put("person", p);
    PersonGrading.Grade g = grades.get(p);
    o.put("status", g == null ? "pending" : g.status().code());
    ArrayNode origins = o.putArray("independent_sources");
    if (g != null) {
      g.origins().forEach(origins::add);
      cited.addAll(g.origins());
    }
    ArrayNode decisions = o.putArray("status_decisions");
    for (GradeDecision d : new GradePersons(reg).decisions(p)) {
      decisions
          .addObject()
          .put("decision", d.kind().code())
          .put("reason", d.reason())
          .put("by", d.by())
          .put("at", d.at().toString());
    }
    Map<Long, Release> releases = new HashMap<>();
    reg.releases().list().forEach(r -> releases.put(r.id(), r));
    ArrayNode records = o.putArray("records");
    for (Linkage.PersonLink l : links) {
      Release r = releases.get(l.record().releaseId());
      CasualtyRecord rec = rows(l.record().releaseId()).get(l.record().row());
      ObjectNode ro = records.addObject();
      ro.put("record", l.record().toString());
      ro.put("source", r == null ? null : r.source());
      if (r != null) {
        cited.add(r.source());
      }
      ro.put("release", r == null ? null : r.label());
      ro.put("row", l.record().row());
      ObjectNode raw = ro.putObject("verbatim");
      if (rec != null) {
        rec.raw().forEach(raw::put);
      }
    }
    personReceipt(p)
        .ifPresentOrElse(
            text -> {
              receipts.put("person-" + p + ".tlog-proof", text);
              o.put("receipt", text);
            },
            () -> o.putNull("receipt"));
    return o;
  }

  private Optional<String> personReceipt(long p) {
    try {
      return Optional.of(new PublishSignedSnapshot(reg).receipt(p).format());
    } catch (UserError e) {
      return Optional.empty(); // not published yet, or not in the latest snapshot
    }
  }

  /** Receipts of the entries about {@code subject} that the latest checkpoint covers. */
  private void entryReceipts(String subject, ArrayNode out, Map<String, String> receipts) {
    IntegrityLog log = reg.integrity();
    Optional<IntegrityLog.StoredCheckpoint> cp = log.latestCheckpoint();
    if (cp.isEmpty()) {
      return;
    }
    SignedNote note = SignedNote.parse(cp.get().note());
    TransparencyLog tree = TransparencyLog.open(log.hashes());
    for (IntegrityLog.Entry e : log.entries(0, cp.get().treeSize())) {
      if (!subject.equals(e.subject())) {
        continue;
      }
      String text = TlogProof.receipt(tree, e.index(), e.bytes(), note).format();
      receipts.put("entry-" + e.index() + ".tlog-proof", text);
      out.addObject()
          .put("index", e.index())
          .put("type", EntryCodec.decode(e.bytes()).type())
          .put("receipt", text);
    }
  }

  private Map<Long, CasualtyRecord> rows(long release) {
    return rows.computeIfAbsent(
        release,
        id -> {
          Map<Long, CasualtyRecord> m = new HashMap<>();
          reg.records().forEach(id, r -> m.put(r.row(), r));
          return m;
        });
  }
}
