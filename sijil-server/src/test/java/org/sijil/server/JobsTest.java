package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijil.app.ProgressListener;
import org.sijil.app.users.Passwords;
import org.sijil.app.users.Role;
import org.sijil.core.UserError;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.auth.User;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.service.Importer;
import org.sijil.server.service.InMemoryRegister;

/**
 * Web imports run as background jobs: the page answers 202 with a panel following the job, {@code
 * /api/jobs/{id}} shows its state, progress and who started it (to any signed-in role), and the
 * finished job's result or error stays readable.
 */
class JobsTest {

  private static final String PASSWORD = "correct horse battery";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger reloads = new AtomicInteger();
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private Javalin app;
  private String base;

  /** Reports progress, waits for the test, then "imports"; source "broken" is refused. */
  private final Importer importer =
      new Importer() {
        @Override
        public String importList(Path file, String source, String rel, LocalDate asOf, String by) {
          return importList(file, source, rel, asOf, by, ProgressListener.NONE);
        }

        @Override
        public String importList(
            Path file,
            String source,
            String rel,
            LocalDate asOf,
            String by,
            ProgressListener progress) {
          if (source.equals("broken")) {
            throw new UserError("row 3: the age 'abc' is not a number");
          }
          progress.progress("import", 40, 100);
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "imported " + source + " / " + rel + " by " + by;
        }
      };

  @BeforeEach
  void start() {
    InMemoryUserStore users = new InMemoryUserStore();
    for (Role r : Role.values()) {
      users.save(new User(r.code() + "1", r, Passwords.hash(PASSWORD.toCharArray(), 4)));
    }
    app =
        SijilServer.create(
                new InMemoryRegister(SyntheticRegister.generate(30, 7)),
                users,
                ServerConfig.defaults(),
                importer,
                reloads::incrementAndGet)
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterEach
  void stop() {
    release.countDown();
    app.stop();
  }

  @Test
  void anImportRunsInTheBackgroundWithProgressAndKeepsItsResult() throws Exception {
    String[] analyst = signIn("analyst1");
    String[] viewer = signIn("viewer1");
    HttpResponse<String> started = upload(analyst, "hospital", "2024-07", true);
    assertEquals(202, started.statusCode(), started.body());
    Matcher m = Pattern.compile("data-job=\"([^\"]+)\"").matcher(started.body());
    assertTrue(m.find(), started.body());
    String id = m.group(1);
    assertTrue(started.body().contains("/static/jobs.js"), "the page follows the job");

    JsonNode running = waitFor(viewer, id, "running", 40);
    assertEquals(100, running.get("total").asInt());
    assertEquals("import", running.get("phase").asText());
    assertEquals("analyst1", running.get("started_by").asText());
    assertEquals("hospital / 2024-07", running.get("description").asText());
    assertEquals(401, get(null, "/api/jobs/" + id).statusCode());
    assertEquals(202, get(analyst, "/import?job=" + id).statusCode(), "the page survives a reload");

    release.countDown();
    JsonNode done = waitFor(viewer, id, "succeeded", 40);
    assertEquals("imported hospital / 2024-07 by analyst1", done.get("result").asText());
    assertTrue(done.hasNonNull("finished_at"));
    assertEquals(1, reloads.get(), "the register is re-read after the import");
    HttpResponse<String> page = get(analyst, "/import?job=" + id);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"import-result\""), page.body());

    assertEquals(404, get(viewer, "/api/jobs/no-such-job").statusCode());
    JsonNode recent = JSON.readTree(get(viewer, "/api/jobs").body());
    assertEquals(id, recent.get("jobs").get(0).get("id").asText());
  }

  @Test
  void aFailedImportKeepsItsError() throws Exception {
    String[] analyst = signIn("analyst1");
    HttpResponse<String> failed = upload(analyst, "broken", "one", false);
    assertEquals(400, failed.statusCode(), failed.body());
    assertTrue(failed.body().contains("id=\"import-error\""), failed.body());
    assertTrue(
        failed.body().contains("the age &#39;abc&#39; is not a number")
            || failed.body().contains("the age 'abc' is not a number"),
        failed.body());
    JsonNode jobs = JSON.readTree(get(analyst, "/api/jobs").body()).get("jobs");
    assertEquals("failed", jobs.get(0).get("state").asText());
    assertTrue(jobs.get(0).get("error").asText().contains("is not a number"));
    assertEquals(0, reloads.get());
  }

  private JsonNode waitFor(String[] session, String id, String state, int done) throws Exception {
    JsonNode j = null;
    for (int i = 0; i < 200; i++) {
      HttpResponse<String> r = get(session, "/api/jobs/" + id);
      assertEquals(200, r.statusCode(), r.body());
      j = JSON.readTree(r.body());
      if (j.get("state").asText().equals(state) && j.get("done").asInt() == done) {
        return j;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("job never reached " + state + ": " + j);
  }

  private HttpResponse<String> upload(
      String[] session, String source, String release, boolean background) throws Exception {
    String boundary = "----sijil-jobs-test";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String[][] fields = {
      {"_csrf", session[1]},
      {"source", source},
      {"release", release},
      {"background", background ? "1" : "0"}
    };
    for (String[] f : fields) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f[0]
                  + "\"\r\n\r\n"
                  + f[1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"list.csv\"\r\nContent-Type: text/csv\r\n\r\nid,name\r\n1,test\r\n"
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/import"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Cookie", session[0])
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String[] session, String path) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (session != null) {
      b.header("Cookie", session[0]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String[] signIn(String name) throws Exception {
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
}
