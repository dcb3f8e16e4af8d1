package org.sijil.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.core.text.FormulaCells;
import org.sijil.server.http.HttpError;
import org.sijil.server.http.Params;
import org.sijil.server.model.ReleaseDiff;
import org.sijil.server.service.RegisterService;

/**
 * The full diff of a release as a download: CSV (one line per changed field, or per key for added
 * and removed; {@code ?bom=1} starts it with a UTF-8 byte order mark so spreadsheets read Arabic)
 * or JSON (the API's diff). Named after the source and both releases.
 */
public final class DiffDownloads {

  /** Columns of the diff CSV; append-only. */
  public static final List<String> COLUMNS =
      List.of("kind", "key", "name", "field", "before", "after", "field_kind");

  private final RegisterService register;
  private final ObjectMapper mapper;

  public DiffDownloads(RegisterService register, ObjectMapper mapper) {
    this.register = register;
    this.mapper = mapper;
  }

  public void diff(Context ctx) {
    String source = ctx.pathParam("source");
    String label = ctx.pathParam("label");
    String format = ctx.pathParam("format");
    if (!format.equals("csv") && !format.equals("json")) {
      throw new HttpError.BadParameter("diff format must be csv or json, not '" + format + "'");
    }
    ReleaseDiff d =
        register
            .diff(source, Params.text(ctx, "from"), label)
            .orElseThrow(
                () ->
                    new HttpError.NotFound(
                        "no diff for release '" + label + "' of source '" + source + "'"));
    String name = "sijil-diff-" + safe(source) + "-" + safe(d.from()) + "-to-" + safe(d.to());
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
    ctx.header("X-Sijil-Version", Long.toString(register.version()));
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/json");
    boolean bom = Params.flag(ctx, "bom");
    Bodies.send(
        ctx,
        out -> {
          Writer w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          if (format.equals("json")) {
            mapper
                .writer()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(w, d);
          } else {
            writeCsv(w, d, bom);
          }
          w.flush();
        });
  }

  private static void writeCsv(Writer w, ReleaseDiff d, boolean bom) throws IOException {
    if (bom) {
      w.write('\uFEFF');
    }
    CSVPrinter csv =
        new CSVPrinter(
            w, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
    for (ReleaseDiff.Entry e : d.entries()) {
      if (e.changes().isEmpty()) {
        print(csv, e.kind(), e.key(), e.name(), null, null, null, null);
      }
      for (ReleaseDiff.FieldChange c : e.changes()) {
        print(csv, e.kind(), e.key(), e.name(), c.field(), c.before(), c.after(), c.kind());
      }
    }
    csv.flush();
  }

  private static void print(CSVPrinter csv, Object... values) throws IOException {
    for (Object v : values) {
      csv.print(FormulaCells.neutraliseValue(v));
    }
    csv.println();
  }

  /** A file-name-safe form of a label (letters, digits, dot, dash, underscore). */
  static String safe(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }
}
