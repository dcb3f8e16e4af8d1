package org.sijil.app.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The evidence dossier as PDF: the same content as its {@code sijil-dossier/v1} JSON ({@link
 * ExportDossier}), laid out for reading and filing: the incident and each of its versions, the
 * victims with status, decisions and their source rows verbatim, and every receipt in full (so a
 * printed copy can still be checked with {@code sijil verify receipt}). Arabic is shaped and
 * ordered right to left ({@link PdfText}) in the bundled Noto Naskh Arabic font (SIL OFL 1.1).
 *
 * <p>The JSON stays the reference form: the PDF prints the JSON's property names as its labels and
 * adds nothing that is not in it, so the two can be compared line by line; a source is cited by its
 * display name in the reader's language with its code in brackets, as the JSON's {@code sources}
 * names it.
 */
public final class DossierPdf {

  private DossierPdf() {}

  /**
   * The PDF of a dossier made by {@link ExportDossier}, each source cited by its English name from
   * the dossier's {@code sources} (the code where none is set).
   */
  public static byte[] render(ObjectNode dossier) {
    return render(dossier, namesIn(dossier, false));
  }

  /**
   * The sources' names in the dossier's {@code sources}, in Arabic or English; a source without a
   * name in that language is shown by its code.
   */
  public static UnaryOperator<String> namesIn(JsonNode dossier, boolean arabic) {
    JsonNode sources = dossier.path("sources");
    return code -> {
      JsonNode name = sources.path(code).path(arabic ? "ar" : "en");
      return name.isTextual() && !name.asText().isBlank() ? name.asText() : code;
    };
  }

  /**
   * The PDF of a dossier made by {@link ExportDossier}, each source cited by {@code sourceName} (a
   * display name in the reader's language, or the code) with its code after it in brackets.
   */
  public static byte[] render(ObjectNode dossier, UnaryOperator<String> sourceName) {
    UnaryOperator<String> cite =
        code -> {
          String name = code == null ? null : sourceName.apply(code);
          return name == null || name.equals(code) ? code : name + " [" + code + "]";
        };
    JsonNode incident = dossier.path("incident");
    String title =
        incident.isMissingNode()
            ? "Sijil evidence dossier: persons"
            : "Sijil evidence dossier: incident " + incident.path("current").path("id").asText();
    try (PdfPages p = new PdfPages(title)) {
      p.paragraph(title, PdfPages.TITLE, 0);
      p.paragraph("ملف الأدلة — سجل", PdfPages.HEADING, 0);
      p.space(PdfPages.BODY);
      for (String k : new String[] {"format", "generated_at", "generated_by"}) {
        p.field(k, dossier.path(k).asText(""), 0);
      }
      if (!incident.isMissingNode()) {
        incident(p, incident);
      }
      if (dossier.has("victims")) {
        persons(p, "Victims / الضحايا", dossier.path("victims"), cite);
      }
      if (dossier.has("persons")) {
        persons(p, "Persons / الأشخاص", dossier.path("persons"), cite);
      }
      if (!dossier.path("sources").isEmpty()) {
        p.heading("Sources / المصادر", PdfPages.HEADING);
        dossier
            .path("sources")
            .fields()
            .forEachRemaining(e -> p.field(e.getKey(), compact(e.getValue()), 0));
      }
      p.heading("Signed checkpoint / نقطة التحقق الموقعة", PdfPages.HEADING);
      p.paragraph(dossier.path("checkpoint").asText("none yet"), PdfPages.SMALL, 1);
      return p.finish();
    }
  }

  private static void incident(PdfPages p, JsonNode inc) {
    p.heading("Incident / الحادثة", PdfPages.HEADING);
    p.field("version", inc.path("version").asText(), 0);
    p.field("named_killed", inc.path("named_killed").asText(), 0);
    p.field("reported_killed_not_named", inc.path("reported_killed_not_named").asText(), 0);
    fields(p, inc.path("current"), 0);
    p.heading("History / السجل", PdfPages.HEADING);
    for (JsonNode v : inc.path("history")) {
      p.paragraph(
          "version "
              + v.path("version").asText()
              + ": "
              + v.path("change").asText()
              + " (by "
              + v.path("by").asText()
              + ", "
              + v.path("at").asText()
              + ")",
          PdfPages.BODY,
          0);
      p.field("document_sha256", v.path("document_sha256").asText(), 1);
      p.paragraph("document: " + v.path("document").asText(), PdfPages.SMALL, 1);
    }
    p.heading("Log receipts / إيصالات السجل", PdfPages.HEADING);
    if (inc.path("log_receipts").isEmpty()) {
      p.paragraph("none (no signed checkpoint covers this incident yet)", PdfPages.BODY, 0);
    }
    for (JsonNode r : inc.path("log_receipts")) {
      p.paragraph(
          "entry " + r.path("index").asText() + " (" + r.path("type").asText() + ")",
          PdfPages.BODY,
          0);
      p.paragraph(r.path("receipt").asText(), PdfPages.SMALL, 1);
    }
  }

  private static void persons(
      PdfPages p, String heading, JsonNode list, UnaryOperator<String> cite) {
    p.heading(heading + " (" + list.size() + ")", PdfPages.HEADING);
    for (JsonNode v : list) {
      p.heading("P" + v.path("person").asText() + ": " + v.path("status").asText(), PdfPages.BODY);
      for (String k :
          new String[] {
            "role", "certainty", "link_state", "link_decided_by", "link_decided_at", "link_note"
          }) {
        p.field(k, v.path(k).asText(""), 1);
      }
      List<String> sources = new ArrayList<>();
      v.path("independent_sources").forEach(x -> sources.add(cite.apply(x.asText())));
      p.field("independent_sources", String.join(", ", sources), 1);
      p.field("incidents", join(v.path("incidents")), 1);
      for (JsonNode d : v.path("status_decisions")) {
        p.paragraph(
            "status decision: "
                + d.path("decision").asText()
                + " (by "
                + d.path("by").asText()
                + ", "
                + d.path("at").asText()
                + "): "
                + d.path("reason").asText(),
            PdfPages.BODY,
            1);
      }
      for (JsonNode r : v.path("records")) {
        p.paragraph(
            "record "
                + r.path("record").asText()
                + " (source "
                + cite.apply(r.path("source").asText(null))
                + ", release "
                + r.path("release").asText()
                + ", row "
                + r.path("row").asText()
                + "), verbatim:",
            PdfPages.BODY,
            1);
        fields(p, r.path("verbatim"), 2);
      }
      p.paragraph("receipt:", PdfPages.BODY, 1);
      p.paragraph(
          v.path("receipt").isNull()
              ? "none (not in a published snapshot yet)"
              : v.path("receipt").asText(),
          PdfPages.SMALL,
          2);
    }
  }

  /** An object's properties in their order, one per line; arrays of objects one item per line. */
  private static void fields(PdfPages p, JsonNode o, int level) {
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isArray()) {
        for (JsonNode item : v) {
          p.field(e.getKey(), item.isObject() ? compact(item) : item.asText(), level);
        }
      } else if (!v.isNull()) {
        p.field(e.getKey(), v.asText(), level);
      }
    }
  }

  private static String compact(JsonNode o) {
    StringBuilder b = new StringBuilder();
    o.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isNull()) {
                b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ');
                b.append(e.getValue().asText());
              }
            });
    return b.toString();
  }

  private static String join(JsonNode array) {
    StringBuilder b = new StringBuilder();
    array.forEach(x -> b.append(b.length() == 0 ? "" : ", ").append(x.asText()));
    return b.toString();
  }
}
