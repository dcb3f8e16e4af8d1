package org.sijil.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.app.estimate.PublishedEstimate;
import org.sijil.server.http.HttpError;
import org.sijil.server.service.RegisterService;

/**
 * The published estimate as CSV, one row per figure: the total, the unlisted, each candidate model
 * and each stratum (JSON is {@code /api/estimates}). The file starts with a UTF-8 byte order mark
 * so spreadsheet programs read it as UTF-8.
 */
public final class EstimateDownloads {

  public static final String CSV_PATH = "/api/estimates.csv";
  static final String BOM = "\uFEFF";
  static final String[] COLUMNS = {
    "part", "name", "listed", "estimate", "lower_95", "upper_95", "aic", "df", "weight", "excluded"
  };

  private final RegisterService register;

  public EstimateDownloads(RegisterService register) {
    this.register = register;
  }

  public void csv(Context ctx) {
    PublishedEstimate e =
        register
            .estimate()
            .orElseThrow(
                () ->
                    new HttpError.NotFound(
                        "no estimate for this register: "
                            + register.estimateNote().orElse("none has been computed")));
    ctx.header("Content-Disposition", "attachment; filename=\"sijil-estimate.csv\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(BOM + csv(e));
  }

  /** The rows of the CSV, header first. */
  static String csv(PublishedEstimate e) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS).build())) {
      String lists = String.join("+", e.lists());
      row(p, "total", lists, e.listed(), e.total(), null);
      row(p, "unlisted", lists, null, e.unlisted(), null);
      for (PublishedEstimate.Model m : e.models()) {
        row(p, "model", m.terms(), null, m.unlisted(), m);
      }
      for (PublishedEstimate.Stratum s : e.strata()) {
        row(p, "stratum", s.name(), s.listed(), s.total(), null);
      }
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    return w.toString();
  }

  private static void row(
      CSVPrinter p,
      String part,
      String name,
      Long listed,
      PublishedEstimate.Interval i,
      PublishedEstimate.Model m)
      throws IOException {
    p.printRecord(
        part,
        name,
        listed,
        num(i.estimate()),
        num(i.lower()),
        num(i.upper()),
        m == null ? null : num(m.aic()),
        m == null ? null : m.df(),
        m == null ? null : num(m.weight()),
        m == null ? null : m.excluded());
  }

  private static String num(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }
}
