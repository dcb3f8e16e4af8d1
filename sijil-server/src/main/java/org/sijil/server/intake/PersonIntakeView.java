package org.sijil.server.intake;

import java.util.List;
import org.sijil.app.intake.ImportSubmissions;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.web.Html;
import org.sijil.server.web.Lang;

/**
 * The "reported by family" section of a public person page: shown when any of the person's records
 * came through field intake (a source's {@value ImportSubmissions#RELEASE} release). It names the
 * source, never the reporter, and says whether an independent list corroborates the report.
 *
 * <p>Rules: reported = records of intake releases; corroborated = the person also has a record of a
 * release that is not intake; otherwise the report is pending.
 */
public final class PersonIntakeView {

  private PersonIntakeView() {}

  /** Writes the section when {@code p} was reported through intake; nothing otherwise. */
  public static void section(Html h, Lang lang, Person p) {
    List<SourceRecord> reported =
        p.records().stream().filter(r -> r.release().equals(ImportSubmissions.RELEASE)).toList();
    if (reported.isEmpty()) {
      return;
    }
    boolean corroborated =
        p.records().stream().anyMatch(r -> !r.release().equals(ImportSubmissions.RELEASE));
    h.open("section", "class", "card intake-reported", "id", "reported-by-family");
    h.el("h2", lang.t("intake.person.title"));
    h.open("p");
    h.text(lang.t("intake.person.text")).text(" ");
    h.el(
        "bdi",
        String.join(", ", reported.stream().map(SourceRecord::source).distinct().toList()),
        "dir",
        "ltr");
    h.text(". ").text(lang.t("intake.person.private"));
    h.close("p");
    h.el(
        "p",
        lang.t(corroborated ? "intake.person.corroborated" : "intake.person.pending"),
        "class",
        corroborated ? "ok" : "warning",
        "id",
        "intake-status");
    h.close("section");
  }
}
