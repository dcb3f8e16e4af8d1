package org.sijil.server.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.incidents.ImportIncidents;
import org.sijil.app.incidents.LinkVictims;
import org.sijil.app.sources.NameSource;
import org.sijil.server.ServerConfig;
import org.sijil.server.incidents.IncidentServerTest;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Register;

/**
 * Source names beyond the pages, on a real server over two artificial lists ({@code hospital}
 * named, {@code family} not) and the bundled synthetic incidents: the downloads name each source in
 * both languages beside its code, the dossier JSON names the sources it cites, the dossier PDF
 * cites them by their names in the reader's language with the code in brackets, and the person
 * page's status section names the independent sources.
 */
class SourceNamesInDownloadsTest {

  static final Actor TESTER = new Actor("tester");
  static final String ENGLISH = "Hospital test list";
  static final String ARABIC = "قائمة المستشفى";

  @TempDir static Path dir;
  static Javalin app;
  static String base;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      IncidentServerTest.lists(reg, dir);
      new ImportIncidents(reg).run(Path.of("../examples/synthetic-incidents.csv"), TESTER);
      new LinkVictims(reg).suggest(null, TESTER);
      new NameSource(reg).name("hospital", ENGLISH, ARABIC, TESTER);
    }
    app =
        RegisterSite.create(db, ServerConfig.defaults(), new PrintWriter(new StringWriter()))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
  }

  @Test
  void recordsAndPersonsDownloadsNameEachSourceInBothLanguages() throws Exception {
    String[] lines = get("/api/download/records.csv").body().split("\r?\n");
    assertTrue(lines[0].endsWith(",place,source_name_en,source_name_ar"), lines[0]);
    assertTrue(lines[1].contains(",hospital,") || lines[1].contains(",family,"), lines[1]);
    String csv = String.join("\n", lines);
    assertTrue(csv.contains("," + ENGLISH + "," + ARABIC), "a hospital row names it");
    assertTrue(csv.contains(",family,family"), "family has no name: its code");
    JsonNode persons = new ObjectMapper().readTree(get("/api/download/persons.json").body());
    JsonNode p = persons.get(0);
    assertEquals(
        p.get("sources").asText().replace("hospital", ENGLISH), p.get("source_names_en").asText());
    assertEquals(
        p.get("sources").asText().replace("hospital", ARABIC), p.get("source_names_ar").asText());
    JsonNode dict = new ObjectMapper().readTree(get("/api/download/dictionary.json").body());
    assertTrue(dict.toString().contains("\"column\":\"source_name_ar\""), "described");
  }

  @Test
  void theDossierNamesItsSourcesAndThePdfCitesThemInTheReadersLanguage() throws Exception {
    JsonNode json = new ObjectMapper().readTree(get("/api/incidents/SYN-0002/dossier").body());
    assertEquals(ENGLISH, json.at("/sources/hospital/en").asText());
    assertEquals(ARABIC, json.at("/sources/hospital/ar").asText());
    assertTrue(json.at("/sources/family/en").isNull(), json.get("sources").toString());
    String en = pdfText("/api/incidents/SYN-0002/dossier?format=pdf&lang=en");
    assertTrue(en.contains("source " + ENGLISH + " [hospital]"), en);
    assertTrue(en.contains("source family, release"), "no name: the code alone");
    assertFalse(en.contains("source hospital,"), en);
    String ar = pdfText("/api/incidents/SYN-0002/dossier?format=pdf&lang=ar");
    assertTrue(ar.contains(ARABIC), ar);
    assertFalse(ar.contains(ENGLISH + " [hospital]"), ar);
  }

  @Test
  void thePersonsStatusSectionNamesTheIndependentSources() throws Exception {
    String en = get("/person/P1?lang=en").body();
    String status = en.substring(en.indexOf("class=\"person-status card\""));
    assertTrue(status.contains("\u2068" + ENGLISH + "\u2069"), status);
    String ar = get("/person/P1?lang=ar").body();
    assertTrue(
        ar.substring(ar.indexOf("class=\"person-status card\""))
            .contains("\u2068" + ARABIC + "\u2069"));
  }

  private static String pdfText(String path) throws Exception {
    HttpResponse<byte[]> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r;
  }
}
