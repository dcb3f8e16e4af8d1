package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.Cli.run;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.users.Passwords;
import org.sijil.cli.Cli.Run;
import org.sijil.store.Register;
import picocli.CommandLine;

class ServeCommandsTest {

  @TempDir Path dir;

  static Run runWithStdin(String stdin, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return run(args);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void helpIsThere() {
    for (String c : new String[] {"serve", "demo", "users"}) {
      Run r = run(c, "--help");
      assertEquals(0, r.code(), c);
      assertTrue(r.out().contains("Usage: sijil " + c), r.out());
    }
  }

  @Test
  void usersAddStoresABcryptHashAndRejectsBadInput() {
    Path db = dir.resolve("r.db");
    Run ok =
        runWithStdin(
            "a long enough secret\n",
            "users",
            "add",
            "amal",
            "--role",
            "analyst",
            "--db",
            db.toString());
    assertEquals(0, ok.code(), ok.err());
    try (Register reg = Register.open(db)) {
      String hash = reg.users().find("amal").orElseThrow().passwordHash();
      assertTrue(hash.startsWith("$2"), hash);
      assertTrue(Passwords.verify("a long enough secret".toCharArray(), hash));
    }
    assertEquals(
        1,
        runWithStdin("short\n", "users", "add", "amal", "--role", "analyst", "--db", db.toString())
            .code());
    assertEquals(
        1,
        runWithStdin(
                "a long enough secret\n",
                "users",
                "add",
                "amal",
                "--role",
                "boss",
                "--db",
                db.toString())
            .code());
    assertEquals(
        1,
        runWithStdin("", "users", "add", "amal", "--role", "admin", "--db", db.toString()).code());
    Run list = run("users", "list", "--db", db.toString(), "--format", "csv");
    assertTrue(list.out().contains("amal,analyst"), list.out());
  }

  @Test
  void usersRevokeRefusesSignInUntilAddedAgain() {
    Path db = dir.resolve("revoke.db");
    String[] add = {"users", "add", "omar", "--role", "viewer", "--db", db.toString()};
    assertEquals(0, runWithStdin("a long enough secret\n", add).code());
    Run revoked = run("users", "revoke", "omar", "--by", "basem", "--db", db.toString());
    assertEquals(0, revoked.code(), revoked.err());
    assertTrue(revoked.out().contains("0 sessions ended"), revoked.out());
    Run list = run("users", "list", "--db", db.toString(), "--format", "csv");
    assertTrue(list.out().matches("(?s).*omar,viewer,.*,basem\\s*"), list.out());
    try (Register reg = Register.open(db)) {
      assertFalse(reg.users().find("omar").orElseThrow().enabled());
    }
    Run unknown = run("users", "revoke", "nobody", "--db", db.toString());
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no user 'nobody'"), unknown.err());
    assertEquals(0, runWithStdin("another long secret\n", add).code());
    try (Register reg = Register.open(db)) {
      assertTrue(reg.users().find("omar").orElseThrow().enabled(), "added again: may sign in");
    }
  }

  @Test
  void serveWithoutARegisterIsAUserError() {
    Run r = run("serve", "--db", dir.resolve("missing.db").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("sijil demo"), r.err());
  }

  @Test
  void demoServesSearchablePages() throws Exception {
    DemoCommand demo = new DemoCommand();
    CommandLine cl = new CommandLine(demo);
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute("--port", "0", "--records", "300", "--exit-after-start"));
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + demo.app.port();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/persons?limit=1")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertTrue(r.body().matches("(?s)\\{\"total\":[1-9][0-9]*,.*"), r.body());
      assertTrue(out.toString().contains("user 'demo'"), out.toString());
    } finally {
      demo.app.stop();
    }
  }

  @Test
  void serveLoadsAnImportedRegister() throws Exception {
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      // an empty register (no releases yet) still serves
    }
    ServeCommand serve = new ServeCommand();
    CommandLine cl = new CommandLine(serve);
    cl.setOut(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute("--db", db.toString(), "--port", "0", "--exit-after-start"));
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + serve.app.port() + "/api/statistics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("\"persons\":0"), r.body());
    } finally {
      serve.app.stop();
    }
  }

  @Test
  void demoImportsLinksEstimatesAndServesTheSamples() throws Exception {
    DemoCommand demo = new DemoCommand();
    CommandLine cl = new CommandLine(demo);
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertEquals(
        0,
        cl.execute("--port", "0", "--db", dir.resolve("demo.db").toString(), "--exit-after-start"));
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + demo.app.port();
      assertFalse(out.toString().contains("failed"), out.toString());
      assertTrue(out.toString().contains("4,000 records"), out.toString());
      HttpResponse<String> est =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/estimates")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, est.statusCode(), est.body());
      assertTrue(
          est.body().contains("\"lists\":[\"family-report\",\"hospital\",\"obituaries\"]"),
          est.body());
      // The method's statements stay apart ("... interactions · model interval: ..."), not run
      // together.
      String method =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(est.body())
              .get("method")
              .asText();
      assertTrue(method.contains(" · model interval:"), method);
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/estimates")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      // The one-time analyst signs in (users from the register) and decides a queued pair, which is
      // written to the register's review decisions.
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("password '([a-z0-9]+)'").matcher(out.toString());
      assertTrue(m.find(), out.toString());
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/session"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\":\"demo\",\"password\":\"" + m.group(1) + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, login.statusCode(), login.body());
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      String csrf =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(login.body())
              .get("csrf_token")
              .asText();
      var queue =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(
                  client
                      .send(
                          HttpRequest.newBuilder(URI.create(base + "/api/review"))
                              .header("Cookie", cookie)
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body());
      assertTrue(queue.get("items").size() > 0, "the samples leave pairs to review");
      String pair = queue.get("items").get(0).get("pair_id").asText();
      HttpResponse<String> decided =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base
                              + "/api/review/"
                              + java.net.URLEncoder.encode(pair, StandardCharsets.UTF_8)))
                  .header("Content-Type", "application/json")
                  .header("Cookie", cookie)
                  .header("X-CSRF-Token", csrf)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"decision\":\"non-match\",\"note\":\"different mothers\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, decided.statusCode(), decided.body());
      try (Register reg = Register.open(dir.resolve("demo.db"))) {
        var d = reg.linkage().decisions();
        assertEquals(1, d.size());
        assertEquals("demo", d.get(0).by());
        assertFalse(d.get(0).match());
        assertEquals(pair.replace('~', '/'), d.get(0).pair().toString());
      }
      // A new release imported through the page is imported, linked, and served after a reload.
      String boundary = "----sijil-test-boundary";
      byte[] csv =
          java.nio.file.Files.readAllBytes(
              java.nio.file.Path.of(
                  System.getProperty("sijil.root"), "samples", "synthetic-obituaries.csv"));
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      for (String[] field :
          new String[][] {
            {"_csrf", csrf},
            {"source", "obituaries"},
            {"release", "second"},
            {"as_of", "2024-07-31"}
          }) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field[0]
                    + "\"\r\n\r\n"
                    + field[1]
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"obituaries-2.csv\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(csv);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> imported =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/import"))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .header("Cookie", cookie)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      imported = followJob(client, base, cookie, imported);
      assertEquals(200, imported.statusCode(), imported.body());
      assertTrue(imported.body().contains("id=\"import-result\""), imported.body());
      String releases =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/api/releases")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(releases.contains("\"label\":\"second\""), releases);
      // Who did it: the signed-in analyst is the importer, in the API, on the release page and in
      // the register.
      var second = new com.fasterxml.jackson.databind.ObjectMapper().readTree(releases);
      String importer = null;
      for (var r : second.has("releases") ? second.get("releases") : second) {
        if (r.get("label").asText().equals("second")) {
          importer = r.get("imported_by").asText();
        }
      }
      assertEquals("demo", importer, releases);
      String releasePage =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/releases/obituaries/second")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(releasePage.contains("id=\"imported-by\" dir=\"auto\">demo<"), releasePage);
      try (Register reg = Register.open(dir.resolve("demo.db"))) {
        assertEquals(
            "demo", reg.releases().find("obituaries", "second").orElseThrow().importedBy());
        assertEquals(
            "demo",
            reg.linkage().latestModel().orElseThrow().createdBy(),
            "the web import's link run");
      }
      var hits =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(
                  client
                      .send(
                          HttpRequest.newBuilder(
                                  URI.create(base + "/api/persons?source=obituaries&limit=1"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body());
      String someone = hits.get("hits").get(0).get("person_id").asText();
      String person =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/api/persons/" + someone)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(person.contains("\"linked_by\":\""), person);
      HttpResponse<String> diff =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/releases/obituaries/second/diff"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, diff.statusCode(), diff.body());
      assertTrue(
          diff.body().contains("\"changed\":0"),
          "the same file again changes nothing: " + diff.body());
    } finally {
      demo.app.stop();
    }
  }

  /**
   * The import page answers 202 with the job's progress when the import takes longer than its wait
   * (a loaded build machine); the page of that job then answers 200 with the same result once done.
   */
  private static HttpResponse<String> followJob(
      HttpClient client, String base, String cookie, HttpResponse<String> answer) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    while (answer.statusCode() == 202 && System.nanoTime() < deadline) {
      var job = java.util.regex.Pattern.compile("data-job=\"([^\"]+)\"").matcher(answer.body());
      assertTrue(job.find(), answer.body());
      Thread.sleep(500);
      answer =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/import?job=" + job.group(1)))
                  .header("Cookie", cookie)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }
    return answer;
  }
}
