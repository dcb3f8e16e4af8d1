package org.sijil.app.incidents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sijil.app.Actor;
import org.sijil.core.incident.InvalidIncident;
import org.sijil.store.Incidents;
import org.sijil.store.Register;

/**
 * Use case: import an incident file (CSV or JSON, {@link IncidentFiles}). Each valid incident is
 * saved as a new version when it is new or differs from the stored one (so re-running is safe and
 * changes nothing the second time); each bad row is kept as a reject naming its file, row and
 * field. One transaction: the versions, their log entries and the rejects.
 */
public final class ImportIncidents {

  /**
   * What an import did.
   *
   * @param importId names the import's kept rejects
   * @param added new incidents
   * @param changed incidents saved as a new version
   * @param unchanged incidents already stored as they are in the file
   */
  public record Result(
      String importId,
      String file,
      int added,
      int changed,
      int unchanged,
      List<IncidentFiles.Rejected> rejects) {}

  private final Register reg;

  public ImportIncidents(Register reg) {
    this.reg = reg;
  }

  public Result run(Path file, Actor by) {
    IncidentFiles.Parsed parsed = IncidentFiles.read(file);
    String importId = UUID.randomUUID().toString();
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return reg.transaction(
        () -> {
          Set<String> types = IncidentWrites.typeCodes(reg);
          List<IncidentFiles.Rejected> rejects = new ArrayList<>(parsed.rejects());
          int added = 0;
          int changed = 0;
          int unchanged = 0;
          for (IncidentFiles.Read r : parsed.incidents()) {
            try {
              IncidentWrites.checkType(r.incident(), types);
            } catch (InvalidIncident e) {
              rejects.add(
                  new IncidentFiles.Rejected(
                      r.row(), e.field(), e.getMessage(), IncidentJson.document(r.incident())));
              continue;
            }
            boolean isNew = reg.incidents().find(r.incident().id()).isEmpty();
            var version = IncidentWrites.save(reg, r.incident(), "imported " + name, by);
            if (version.isEmpty()) {
              unchanged++;
            } else if (isNew) {
              added++;
            } else {
              changed++;
            }
          }
          rejects.sort(java.util.Comparator.comparingLong(IncidentFiles.Rejected::row));
          reg.incidents()
              .saveRejects(
                  rejects.stream()
                      .map(
                          x ->
                              new Incidents.Reject(
                                  importId, name, x.row(), x.field(), x.message(), x.raw()))
                      .toList());
          return new Result(
              importId, file.toString(), added, changed, unchanged, List.copyOf(rejects));
        });
  }
}
