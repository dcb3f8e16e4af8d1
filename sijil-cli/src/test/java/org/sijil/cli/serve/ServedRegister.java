package org.sijil.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A real server on a random port over a register file, as {@code sijil serve --db} runs it. This is
 * the only place tests construct the server over a register: when serving moves (the application
 * layer, issue 10), re-point {@link #start} and every test above it keeps working unchanged.
 */
public final class ServedRegister implements AutoCloseable {

  /** A signed-in session: the cookie to send and the CSRF token state changes need. */
  public record Session(String cookie, String csrf) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Javalin app;
  private final StringWriter log;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private ServedRegister(Javalin app, StringWriter log) {
    this.app = app;
    this.log = log;
  }

  /** Reads the register at {@code db} and serves it on 127.0.0.1 at a free port. */
  public static ServedRegister start(Path db) {
    StringWriter log = new StringWriter();
    Javalin app =
        RegisterServing.serve(
            db,
            org.sijil.server.ServerConfig.defaults(),
            "127.0.0.1",
            0,
            false,
            new PrintWriter(log, true));
    return new ServedRegister(app, log);
  }

  /** What the server printed while loading (persons, records, notes). */
  public String log() {
    return log.toString();
  }

  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> post(String path, String contentType, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", contentType);
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** GET that must answer 200 with JSON. */
  public JsonNode json(String path, String... headers) throws Exception {
    HttpResponse<String> r = get(path, headers);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  /** Signs in through the API ({@code POST /api/session}). */
  public Session signIn(String name, String password) throws Exception {
    HttpResponse<String> r =
        post(
            "/api/session",
            "application/json",
            JSON.writeValueAsString(java.util.Map.of("name", name, "password", password)));
    assertEquals(200, r.statusCode(), r.body());
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    return new Session(cookie, JSON.readTree(r.body()).get("csrf_token").asText());
  }

  @Override
  public void close() {
    app.stop();
  }
}
