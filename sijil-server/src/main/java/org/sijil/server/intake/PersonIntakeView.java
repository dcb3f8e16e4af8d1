package org.sijil.server.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sijil.app.intake.ImportSubmissions;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;
import org.sijil.store.Intake;

/**
 * The "reported by family" part of a public person (page section and {@code /api/persons/{id}}):
 * shown when any of the person's records came through field intake (a source's {@value
 * ImportSubmissions#RELEASE} release). It names the source, never the reporter, and shows the
 * status stored on the submissions (set by a link run's corroboration or an analyst), not one
 * worked out here.
 *
 * <p>Rules: reported = records of intake releases; each names its current submission (cell {@code
 * submission}); the person's status is the strongest stored status of those submissions:
 * corroborated, then confirmed, then pending (a submission not found in the register, or a server
 * without a register file, counts as pending). What changed it is shown for corroboration (the link
 * run and independent list) and as "an analyst" for a confirmation; who the analyst or the reporter
 * is, and the reporter's contact, are never shown.
 */
public final class PersonIntakeView {

  /** The statuses that end pending, strongest first. */
  private static final List<String> DECIDED = List.of(Intake.CORROBORATED, Intake.CONFIRMED);

  /**
   * A person's intake status as published.
   *
   * @param sources the intake sources that reported the person
   * @param status {@code pending}, {@code confirmed} or {@code corroborated}
   * @param statusReason what changed it (null while pending)
   * @param statusAt when (null while pending)
   */
  public record Reported(
      List<String> sources, String status, String statusReason, Instant statusAt) {}

  /** A person as {@code /api/persons/{id}} answers it, with its intake status when reported. */
  public record PersonJson(
      @JsonUnwrapped Person person,
      @JsonInclude(JsonInclude.Include.NON_NULL) Reported reportedByFamily) {}

  private PersonIntakeView() {}

  /** Writes the page section when {@code p} was reported through intake; nothing otherwise. */
  public static void section(Context ctx, Html h, Lang lang, Person p) {
    reported(p, desk(ctx)).ifPresent(r -> section(h, lang, r));
  }

  /** {@code p} with its intake status (or none) for the API. */
  public static PersonJson json(Context ctx, Person p) {
    return new PersonJson(p, reported(p, desk(ctx)).orElse(null));
  }

  private static IntakeDesk desk(Context ctx) {
    return ctx.attribute(IntakeRoutes.DESK);
  }

  /** The intake status of {@code p} from {@code desk} (may be null), or none when not reported. */
  static Optional<Reported> reported(Person p, IntakeDesk desk) {
    List<SourceRecord> reported =
        p.records().stream().filter(r -> r.release().equals(ImportSubmissions.RELEASE)).toList();
    if (reported.isEmpty()) {
      return Optional.empty();
    }
    Set<String> ids = new LinkedHashSet<>();
    reported.forEach(
        r -> {
          String id = r.raw().get("submission");
          if (id != null && !id.isBlank()) {
            ids.add(id);
          }
        });
    Map<String, Intake.Stored> stored = desk == null || ids.isEmpty() ? Map.of() : desk.find(ids);
    List<String> sources = reported.stream().map(SourceRecord::source).distinct().toList();
    return Optional.of(strongest(sources, stored.values()));
  }

  private static Reported strongest(List<String> sources, Collection<Intake.Stored> stored) {
    for (String status : DECIDED) {
      for (Intake.Stored s : stored) {
        if (s.status().equals(status)) {
          return new Reported(sources, status, s.statusReason(), s.statusAt());
        }
      }
    }
    return new Reported(sources, Intake.PENDING, null, null);
  }

  static void section(Html h, Lang lang, Reported r) {
    h.open("section", "class", "card intake-reported", "id", "reported-by-family");
    h.el("h2", lang.t("intake.person.title"));
    h.open("p");
    h.text(lang.t("intake.person.text")).text(" ");
    h.el("bdi", String.join(", ", r.sources()), "dir", "ltr");
    h.text(". ").text(lang.t("intake.person.private"));
    h.close("p");
    boolean pending = r.status().equals(Intake.PENDING);
    h.open(
        "p", "class", pending ? "warning" : "ok", "id", "intake-status", "data-status", r.status());
    h.text(lang.t("intake.person." + r.status()));
    if (r.status().equals(Intake.CORROBORATED) && r.statusReason() != null) {
      h.text(" (").el("bdi", r.statusReason(), "dir", "ltr").text(")");
    }
    h.close("p");
    h.close("section");
  }
}
