package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.users.Passwords;
import org.sijil.app.users.Role;
import org.sijil.server.auth.User;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.store.StoreUsers;
import org.sijil.store.Register;

/**
 * While another process holds the register (as a CLI import or link does), requests that need it
 * wait a bounded time, then answer 503 with Retry-After; the review page shows the analyst's note
 * and decision again; once the lock is gone the same decision is stored.
 */
public class ContentionTest {

  @TempDir Path dir;

  /** Holds the register at args[0] until its standard input closes. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      try (Register r = Register.open(Path.of(args[0]))) {
        System.out.println("holding");
        System.out.flush();
        while (System.in.read() >= 0) {
          // until the parent closes our input
        }
      }
    }
  }

  /** Starts a process that holds the register at {@code db}, waiting for it as a command does. */
  public static Process hold(Path db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Holder.class.getName(),
                db.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    assertEquals(
        "holding",
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
            .readLine());
    return p;
  }

  @Test
  void busyRegisterAnswers503AndTheReviewPageKeepsTheAnalystsInput() throws Exception {
    Path db = dir.resolve("r.db");
    StoreUsers users = new StoreUsers(db);
    users.save(
        new User(
            TestServer.ANALYST,
            Role.ANALYST,
            Passwords.hash(TestServer.PASSWORD.toCharArray(), 4)));
    List<String> stored = new ArrayList<>();
    InMemoryRegister register =
        new InMemoryRegister(
            SyntheticRegister.generate(50, 7),
            (pair, match, note, by) -> {
              try (Register r = Register.open(db, Duration.ofMillis(500))) {
                stored.add(pair + " " + match + " " + note);
              }
            });
    Javalin app =
        SijilServer.create(register, users, ServerConfig.defaults()).start("127.0.0.1", 0);
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String base = "http://127.0.0.1:" + app.port();
    try {
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/session"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\":\""
                              + TestServer.ANALYST
                              + "\",\"password\":\""
                              + TestServer.PASSWORD
                              + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, login.statusCode(), login.body());
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      String csrf = login.body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");
      String pair = register.reviewQueue().get(0).pairId();
      String note = "different fathers: ملاحظة المحلل";
      HttpRequest decide =
          HttpRequest.newBuilder(URI.create(base + "/review/" + pair))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Cookie", cookie)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "_csrf="
                          + csrf
                          + "&decision=non-match&note="
                          + URLEncoder.encode(note, StandardCharsets.UTF_8)))
              .build();
      Process holder = hold(db);
      try {
        HttpResponse<String> page = client.send(decide, HttpResponse.BodyHandlers.ofString());
        assertEquals(503, page.statusCode());
        assertEquals("5", page.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(page.body().contains(note + "</textarea>"), "the note is shown again");
        assertTrue(
            page.body().matches("(?s).*id=\"decide-nonmatch\"[^>]*aria-pressed=\"true\".*"),
            "the decision is marked");
        assertTrue(page.body().contains("id=\"not-saved\""));

        HttpResponse<String> api =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/review/" + pair))
                    .header("Content-Type", "application/json")
                    .header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"match\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Retry-After").isPresent());
        assertTrue(api.body().contains("busy"), api.body());

        HttpResponse<String> signIn =
            client.send(
                HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"" + TestServer.ANALYST + "\",\"password\":\"x\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, signIn.statusCode(), signIn.body());
        assertTrue(
            signIn.body().contains("busy") && !signIn.body().contains(db.toString()),
            signIn.body());
        assertEquals(List.of(), stored);
      } finally {
        holder.getOutputStream().close();
        holder.waitFor();
      }
      HttpResponse<String> again = client.send(decide, HttpResponse.BodyHandlers.ofString());
      assertEquals(303, again.statusCode(), again.body());
      assertEquals(
          List.of(pair + " false " + note), stored, "the decision is stored once the lock is gone");
    } finally {
      app.stop();
    }
  }
}
