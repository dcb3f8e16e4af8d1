package org.sijil.server.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sijil.app.export.DataDictionary;
import org.sijil.core.text.FormulaCells;
import org.sijil.server.http.HttpError;
import org.sijil.server.http.Params;
import org.sijil.server.http.SearchGate;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.RegisterService;
import org.sijil.store.parquet.ParquetTable;

/**
 * Downloads of the register and of filtered sets as CSV (with {@code ?bom=1} a UTF-8 byte order
 * mark for spreadsheets), JSON or Parquet (DuckDB's writer) with stable columns described by the
 * data dictionary; each named and stamped ({@code X-Sijil-Snapshot}) with the register snapshot it
 * comes from; HEAD answers like GET without the body. An ETag derived from the register's version
 * and the query lets clients revalidate for free; gzip is applied by the server when the client
 * accepts it. Responses are streamed. CSV cells that a spreadsheet would evaluate ({@code =1+2},
 * {@code @SUM(..)}) are guarded with a leading {@code '} ({@link FormulaCells}); JSON keeps every
 * value verbatim. Beside its code, each source is named in English and in Arabic ({@link
 * SourceLabels}: the analysts' display name, or the code where none is set), so a file reads the
 * same whoever downloads it and a reader of either language finds the lists by name.
 */
public final class Downloads {

  /** Columns of {@code persons.csv} / {@code persons.json}; append-only. */
  public static final List<String> PERSON_COLUMNS =
      List.of(
          "person_id",
          "name_ar",
          "name_en",
          "age",
          "age_years",
          "sex",
          "dob",
          "dod",
          "place",
          "sources",
          "records",
          "source_names_en",
          "source_names_ar");

  /** Columns of {@code records.csv} / {@code records.json}; append-only. */
  public static final List<String> RECORD_COLUMNS =
      List.of(
          "person_id",
          "record_id",
          "source",
          "release",
          "row",
          "key",
          "name_ar",
          "name_en",
          "age",
          "sex",
          "dob",
          "dod",
          "place",
          "source_name_en",
          "source_name_ar");

  /** The download formats. */
  static final List<String> FORMATS = List.of("csv", "json", "parquet");

  private final RegisterService register;
  private final ObjectMapper mapper;
  private final SearchGate gate;

  /**
   * @param gate the searches' gate: a filtered download runs the same index as a search, so finding
   *     its persons waits its turn with them
   */
  public Downloads(RegisterService register, ObjectMapper mapper, SearchGate gate) {
    this.register = register;
    this.mapper = mapper;
    this.gate = gate;
  }

  public void persons(Context ctx) {
    serve(ctx, "persons", PERSON_COLUMNS, false);
  }

  public void records(Context ctx) {
    serve(ctx, "records", RECORD_COLUMNS, true);
  }

  private void serve(Context ctx, String name, List<String> columns, boolean recordsLevel) {
    String format = ctx.pathParam("format");
    if (!FORMATS.contains(format)) {
      throw new HttpError.BadParameter(
          "download format must be csv, json or parquet, not '" + format + "'");
    }
    boolean bom = Params.flag(ctx, "bom");
    var query = Params.search(ctx, 1); // validates filters; paging is ignored for downloads
    String etag = etag(name + "." + format + "?" + ctx.queryString());
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    String inm = ctx.header("If-None-Match");
    if (inm != null && (inm.equals(etag) || inm.equals("*") || inm.contains(etag))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    // Only finding the persons holds a permit; the file is written to the client after it is given
    // back, so a slow reader never holds up the searches.
    List<Person> persons = gate.runWhole(() -> register.matching(query));
    SourceLabels labels = SourceLabels.of(register);
    String snapshot = snapshotId();
    ctx.header("X-Sijil-Snapshot", snapshot);
    ctx.header(DataStamp.KIND_HEADER, DataStamp.of(register).kind());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"sijil-" + name + "-" + snapshot + "." + format + "\"");
    ctx.contentType(contentType(format));
    if (format.equals("parquet")) {
      sendParquet(ctx, columns, persons, recordsLevel, labels);
      return;
    }
    // Streamed row by row to the response (gzipped there when asked): a download never sits whole
    // in memory.
    Bodies.send(
        ctx,
        out -> {
          Writer w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          if (format.equals("csv")) {
            if (bom) {
              w.write('\uFEFF'); // spreadsheets read the file as UTF-8 only with it
            }
            writeCsv(w, columns, persons, recordsLevel, labels);
          } else {
            writeJson(w, persons, recordsLevel, labels);
          }
          w.flush();
        });
  }

  /** Parquet by DuckDB's writer into a temporary file, then sent and deleted. */
  private static void sendParquet(
      Context ctx,
      List<String> columns,
      List<Person> persons,
      boolean recordsLevel,
      SourceLabels labels) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("sijil-download-", ".parquet");
      Files.delete(tmp); // DuckDB creates it
      java.util.Iterator<List<Object>> rows =
          persons.stream()
              .flatMap(p -> rows(p, recordsLevel, labels).stream())
              .map(row -> columns.stream().map(row::get).toList())
              .iterator();
      ParquetTable.write(tmp, DataDictionary.parquet(columns), rows);
      Path file = tmp;
      Bodies.send(ctx, out -> Files.copy(file, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a temporary file left behind is harmless; the OS cleans its temporary folder
        }
      }
    }
  }

  /** The data dictionary of the persons and records downloads, as CSV or JSON. */
  public void dictionary(Context ctx) {
    String format = ctx.pathParam("format");
    if (!format.equals("csv") && !format.equals("json")) {
      throw new HttpError.BadParameter(
          "dictionary format must be csv or json, not '" + format + "'");
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String file : List.of("persons", "records")) {
      for (DataDictionary.Column c :
          DataDictionary.of(file.equals("persons") ? PERSON_COLUMNS : RECORD_COLUMNS)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("column", c.name());
        m.put("type", c.type());
        m.put("meaning_en", c.en());
        m.put("meaning_ar", c.ar());
        rows.add(m);
      }
    }
    String snapshot = snapshotId();
    ctx.header("X-Sijil-Snapshot", snapshot);
    ctx.header(DataStamp.KIND_HEADER, DataStamp.of(register).kind());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"sijil-dictionary-" + snapshot + "." + format + "\"");
    ctx.contentType(contentType(format));
    boolean bom = Params.flag(ctx, "bom");
    Bodies.send(
        ctx,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          if (format.equals("json")) {
            mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(w, rows);
          } else {
            if (bom) {
              w.write('\uFEFF');
            }
            CSVPrinter csv =
                new CSVPrinter(
                    w,
                    CSVFormat.RFC4180
                        .builder()
                        .setHeader("file", "column", "type", "meaning_en", "meaning_ar")
                        .build());
            for (Map<String, Object> r : rows) {
              csv.printRecord(r.values());
            }
            csv.flush();
          }
          w.flush();
        });
  }

  private static String contentType(String format) {
    return switch (format) {
      case "csv" -> "text/csv; charset=utf-8";
      case "parquet" -> "application/vnd.apache.parquet";
      default -> "application/json";
    };
  }

  /**
   * The register snapshot a download comes from ({@link DataStamp}: the integrity log's size and
   * root whenever the register has a log, a releases fingerprint only without one). Two downloads
   * with the same stamp hold the same data.
   */
  String snapshotId() {
    return DataStamp.of(register).id();
  }

  /**
   * CSV for spreadsheets: formula-like text cells guarded ({@link FormulaCells}); numbers as they
   * are.
   */
  private static void writeCsv(
      Writer w,
      List<String> columns,
      List<Person> persons,
      boolean recordsLevel,
      SourceLabels labels)
      throws IOException {
    CSVPrinter csv =
        new CSVPrinter(
            w, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).build());
    List<Object> values = new ArrayList<>(columns.size());
    for (Person p : persons) {
      for (Map<String, Object> row : rows(p, recordsLevel, labels)) {
        values.clear();
        for (String c : columns) {
          values.add(FormulaCells.neutraliseValue(row.get(c)));
        }
        csv.printRecord(values);
      }
    }
    csv.flush();
  }

  /** JSON keeps every value verbatim (a JSON reader evaluates nothing). */
  private void writeJson(Writer w, List<Person> persons, boolean recordsLevel, SourceLabels labels)
      throws IOException {
    // No flush per value: the first write must be large enough for the server to decide on gzip.
    var rowWriter =
        mapper
            .writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    try (JsonGenerator g = mapper.getFactory().createGenerator(w)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartArray();
      for (Person p : persons) {
        for (Map<String, Object> row : rows(p, recordsLevel, labels)) {
          rowWriter.writeValue(g, row);
        }
      }
      g.writeEndArray();
    }
  }

  private static List<Map<String, Object>> rows(
      Person p, boolean recordsLevel, SourceLabels labels) {
    if (!recordsLevel) {
      return List.of(personRow(p, labels));
    }
    List<Map<String, Object>> rows = new ArrayList<>(p.records().size());
    for (SourceRecord r : p.records()) {
      rows.add(recordRow(p, r, labels));
    }
    return rows;
  }

  private String etag(String what) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(Long.toString(register.version()).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(what.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(md.digest(), 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> personRow(Person p, SourceLabels labels) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person_id", p.personId());
    m.put("name_ar", p.nameAr());
    m.put("name_en", p.nameEn());
    m.put("age", p.age());
    m.put("age_years", p.ageYears());
    m.put("sex", p.sex());
    m.put("dob", p.dob() == null ? null : p.dob().toString());
    m.put("dod", p.dod() == null ? null : p.dod().toString());
    m.put("place", p.place());
    m.put("sources", String.join(";", p.sources()));
    m.put("records", p.records().size());
    m.put("source_names_en", names(labels, Lang.EN, p.sources()));
    m.put("source_names_ar", names(labels, Lang.AR, p.sources()));
    return m;
  }

  /** The sources' names in {@code lang} (the code where none is set), separated by ;. */
  private static String names(SourceLabels labels, Lang lang, List<String> sources) {
    return String.join(";", sources.stream().map(s -> labels.name(lang, s)).toList());
  }

  static Map<String, Object> recordRow(Person p, SourceRecord r, SourceLabels labels) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("person_id", p.personId());
    m.put("record_id", r.recordId());
    m.put("source", r.source());
    m.put("release", r.release());
    m.put("row", r.row());
    m.put("key", r.key());
    m.put("name_ar", r.nameAr());
    m.put("name_en", r.nameEn());
    m.put("age", r.age());
    m.put("sex", r.sex());
    m.put("dob", r.dob() == null ? null : r.dob().toString());
    m.put("dod", r.dod() == null ? null : r.dod().toString());
    m.put("place", r.place());
    m.put("source_name_en", labels.name(Lang.EN, r.source()));
    m.put("source_name_ar", labels.name(Lang.AR, r.source()));
    return m;
  }
}
