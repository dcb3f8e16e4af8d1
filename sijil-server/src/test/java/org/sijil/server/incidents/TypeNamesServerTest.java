package org.sijil.server.incidents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.incidents.EditIncident;
import org.sijil.app.incidents.ImportIncidents;
import org.sijil.core.incident.IncidentType;
import org.sijil.server.ServerConfig;
import org.sijil.server.store.RegisterSite;
import org.sijil.store.Register;

/**
 * An analyst-added type, and a renamed starting one, are named in the page's language in the
 * incident list, on the incident page and in the timeline (artificial incidents only).
 */
class TypeNamesServerTest {

  static final Actor TESTER = new Actor("tester");

  @TempDir static Path dir;
  static Javalin app;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Path db = dir.resolve("r.db");
    Path csv = dir.resolve("incidents.csv");
    Files.writeString(
        csv,
        "id,date,governorate,locality,facility,latitude,longitude,radius_m,type,actor,"
            + "attribution_grade,killed_min,killed_max,injured_min,injured_max,sources,"
            + "description_ar,description_en\n"
            + "TST-1,2024-01-02,gaza,Test locality,,31.5,34.45,500,test-drone,Test force,fair,1,2,0,0,"
            + "document:TST-DOC-1,حادثة اختبار مصطنعة.,An artificial test incident.\n"
            + "TST-2,2024-01-03,gaza,Test locality,,31.5,34.45,500,other,Test force,fair,1,1,0,0,"
            + "document:TST-DOC-2,حادثة اختبار مصطنعة.,An artificial test incident.\n");
    try (Register reg = Register.open(db)) {
      EditIncident edit = new EditIncident(reg);
      edit.addType(
          new IncidentType("test-drone", "Test drone strike", "غارة مسيّرة تجريبية"), TESTER);
      edit.addType(new IncidentType("other", "Other (test name)", "أخرى (اسم تجريبي)"), TESTER);
      new ImportIncidents(reg).run(csv, TESTER);
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
  void addedAndRenamedTypesShowTheirNamesInBothLanguages() throws Exception {
    for (String path : new String[] {"/incidents", "/incidents/timeline", "/incidents/TST-1"}) {
      String en = get(path + "?lang=en");
      String ar = get(path + "?lang=ar");
      assertTrue(en.contains("Test drone strike"), path + ": " + en);
      assertTrue(ar.contains("غارة مسيّرة تجريبية"), path);
      assertFalse(en.contains("test-drone<") || en.contains("· test-drone ·"), "not the code");
    }
    assertTrue(get("/incidents?lang=en").contains("Other (test name)"), "a renamed type");
    assertTrue(get("/incidents/timeline?lang=ar").contains("أخرى (اسم تجريبي)"));
  }

  private static String get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
