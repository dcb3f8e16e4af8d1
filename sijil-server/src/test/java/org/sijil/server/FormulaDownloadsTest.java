package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.model.Person;
import org.sijil.server.model.SourceRecord;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.service.RegisterData;

/** Formula cells in the data: guarded in CSV downloads, verbatim in JSON. */
class FormulaDownloadsTest {

  static final String[] ATTACKS = {
    "=1+2", "@SUM(1+1)", "=IMPORTXML(\"http://x.example/\",\"//a\")"
  };

  private static Person hostile() {
    SourceRecord r =
        new SourceRecord(
            "moh/r1/1",
            "moh",
            "r1",
            1,
            "=1+2",
            ATTACKS[1],
            ATTACKS[2],
            "-1",
            null,
            null,
            null,
            null,
            "+cmd|' /C calc'!A0",
            Map.of());
    return new Person(
        "P999999",
        ATTACKS[1],
        ATTACKS[2],
        "-1",
        null,
        null,
        null,
        null,
        "+cmd|' /C calc'!A0",
        Map.of(),
        List.of(r),
        List.of());
  }

  @Test
  void csvGuardsFormulaCellsAndJsonKeepsThemVerbatim() throws Exception {
    RegisterData base = SyntheticRegister.generate(20, 7);
    List<Person> persons = new ArrayList<>(base.persons());
    persons.add(hostile());
    var app =
        SijilServer.create(
                new InMemoryRegister(
                    new RegisterData(
                        persons, base.releases(), base.diffs(), base.estimate(), base.review())),
                new InMemoryUserStore(),
                ServerConfig.defaults())
            .start("127.0.0.1", 0);
    try {
      String root = "http://127.0.0.1:" + app.port();
      HttpClient client = HttpClient.newHttpClient();
      for (String file : List.of("persons", "records")) {
        String csv =
            client
                .send(
                    HttpRequest.newBuilder(URI.create(root + "/api/download/" + file + ".csv"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        CSVRecord row = null;
        for (CSVRecord r :
            CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv))) {
          if (r.get("person_id").equals("P999999")) {
            row = r;
          }
        }
        assertEquals("'@SUM(1+1)", row.get("name_ar"), file);
        assertEquals("'=IMPORTXML(\"http://x.example/\",\"//a\")", row.get("name_en"), file);
        assertEquals("'+cmd|' /C calc'!A0", row.get("place"), file);
        assertEquals("-1", row.get("age"), "a negative number stays a number");
        if (file.equals("records")) {
          assertEquals("'=1+2", row.get("key"));
        }
        for (String value : row.values()) {
          assertFalse(
              value.startsWith("=") || value.startsWith("@") || value.startsWith("+"), value);
        }
        String json =
            client
                .send(
                    HttpRequest.newBuilder(URI.create(root + "/api/download/" + file + ".json"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        JsonNode found = null;
        for (JsonNode n : new ObjectMapper().readTree(json)) {
          if (n.get("person_id").asText().equals("P999999")) {
            found = n;
          }
        }
        assertEquals(ATTACKS[1], found.get("name_ar").asText());
        assertEquals(ATTACKS[2], found.get("name_en").asText());
        assertTrue(json.startsWith("["));
      }
    } finally {
      app.stop();
    }
  }
}
