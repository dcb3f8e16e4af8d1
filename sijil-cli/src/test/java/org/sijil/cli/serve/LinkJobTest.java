package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.users.ManageUsers;
import org.sijil.store.Register;
import picocli.CommandLine;

/**
 * A link run started from the web on a real server over a register file: an analyst starts it
 * ({@code POST /api/jobs/link}), follows it at {@code /api/jobs/{id}} until it succeeds with its
 * result, and the run is stored as theirs; a viewer and the public are refused.
 */
class LinkJobTest {

  private static final String PASSWORD = "a long enough password";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void anAnalystStartsALinkRunFromTheWebAndFollowsIt() throws Exception {
    Path db = dir.resolve("r.db");
    SampleRegister.writeLists(dir);
    SampleRegister.build(dir, db);
    // A release imported and not yet linked: the web's link run links it.
    org.sijil.cli.Cli.ok(
        "import",
        dir.resolve("obituaries-o1.csv"),
        "--source",
        "obituaries-again",
        "--release",
        "o2",
        "--db",
        db);
    try (Register reg = Register.open(db)) {
      ManageUsers users = new ManageUsers(reg);
      users.save("amal", "analyst", PASSWORD.toCharArray(), 4, new Actor("root"));
      users.save("omar", "viewer", PASSWORD.toCharArray(), 4, new Actor("root"));
    }
    ServeCommand serve = new ServeCommand();
    assertEquals(
        0,
        new CommandLine(serve).execute("--db", db.toString(), "--port", "0", "--exit-after-start"));
    try {
      String base = "http://127.0.0.1:" + serve.app.port();
      assertEquals(401, post(base, "/api/jobs/link", null).statusCode());
      assertEquals(403, post(base, "/api/jobs/link", signIn(base, "omar")).statusCode());

      String[] amal = signIn(base, "amal");
      HttpResponse<String> started = post(base, "/api/jobs/link", amal);
      assertEquals(202, started.statusCode(), started.body());
      String url = JSON.readTree(started.body()).get("url").asText();
      JsonNode job = JSON.readTree(get(base, url, amal));
      for (int i = 0; i < 600 && unfinished(job); i++) {
        Thread.sleep(100);
        job = JSON.readTree(get(base, url, amal));
      }
      assertEquals("succeeded", job.get("state").asText(), job.toString());
      assertEquals("link", job.get("kind").asText());
      assertEquals("amal", job.get("started_by").asText(), job.toString());
      assertTrue(
          job.get("result").asText().contains(SampleRegister.O1_ROWS + " records linked now"),
          job.toString());

      HttpResponse<String> page = post(base, "/link", amal);
      assertEquals(303, page.statusCode());
      assertTrue(
          page.headers().firstValue("Location").orElseThrow().startsWith("/import?job="),
          "the page form goes to the job's panel");
      // The form started a second run: let it end before the server stops, or it would still be
      // writing the register and its search index while the temporary directory is removed.
      String second = page.headers().firstValue("Location").orElseThrow().split("job=")[1];
      JsonNode run = JSON.readTree(get(base, "/api/jobs/" + second, amal));
      for (int i = 0; i < 600 && unfinished(run); i++) {
        Thread.sleep(100);
        run = JSON.readTree(get(base, "/api/jobs/" + second, amal));
      }
      assertEquals("succeeded", run.get("state").asText(), run.toString());
    } finally {
      serve.app.stop();
    }
  }

  /** Queued or running: "queued" ends in "ed" too, so a suffix test stopped waiting too early. */
  private static boolean unfinished(JsonNode job) {
    String state = job.get("state").asText();
    return state.equals("queued") || state.equals("running");
  }

  private String[] signIn(String base, String name) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return new String[] {
      r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0],
      JSON.readTree(r.body()).get("csrf_token").asText()
    };
  }

  private HttpResponse<String> post(String base, String path, String[] session) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody());
    if (session != null) {
      b.header("Cookie", session[0]).header("X-CSRF-Token", session[1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String get(String base, String path, String[] session) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", session[0]).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
