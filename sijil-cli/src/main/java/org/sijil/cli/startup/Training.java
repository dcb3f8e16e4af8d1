package org.sijil.cli.startup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
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
import org.sijil.core.UserError;
import org.sijil.server.ServerConfig;
import org.sijil.server.service.StartingRegister;
import org.sijil.server.store.RegisterSite;

/**
 * The training run whose loaded classes make the archive: serves the register on a free local port
 * as {@code sijil serve} does and asks what readers ask first (search in both scripts through the
 * API and the page, the releases, the first person listed, a hit's person in both forms), then
 * stops. Only classes are kept in the archive, never answers or data.
 */
final class Training {

  /** How long one request may take (a stale index makes search wait for the whole load). */
  static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);

  private static final String LOCAL = "127.0.0.1";

  private Training() {}

  /**
   * Serves {@code db}, asks the training requests, stops the server, and returns each request with
   * its status ({@code "GET /api/releases → 200"}).
   */
  static List<String> run(Path db, PrintWriter out) {
    RegisterSite.Site site = RegisterSite.open(db, ServerConfig.defaults(), out);
    Javalin app = site.app().start(LOCAL, 0);
    try {
      String base = "http://" + LOCAL + ":" + app.port();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      List<String> asked = new ArrayList<>();
      String person = null;
      for (String q : StartingRegister.WARM_UP_QUERIES) {
        String query = URLEncoder.encode(q, StandardCharsets.UTF_8);
        HttpResponse<String> api = get(http, base, "/api/persons?facets=true&q=" + query, asked);
        get(http, base, "/?q=" + query, asked);
        person = person != null ? person : firstPerson(api);
      }
      get(http, base, "/api/releases", asked);
      HttpResponse<String> first = get(http, base, "/api/persons?limit=1", asked);
      person = person != null ? person : firstPerson(first);
      if (person != null) {
        String id = URLEncoder.encode(person, StandardCharsets.UTF_8);
        get(http, base, "/api/persons/" + id, asked);
        get(http, base, "/person/" + id, asked);
        get(http, base, "/person/" + id + "?lang=ar", asked);
      }
      return asked;
    } finally {
      app.stop();
    }
  }

  private static HttpResponse<String> get(
      HttpClient http, String base, String path, List<String> asked) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      asked.add("GET " + path + " → " + response.statusCode());
      return response;
    } catch (IOException e) {
      throw new UserError("the training server did not answer " + path + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while asking the training server for " + path);
    }
  }

  /** The id of the first hit of an API search answer, or null. */
  static String firstPerson(HttpResponse<String> search) {
    if (search.statusCode() != 200) {
      return null;
    }
    try {
      JsonNode hits = new ObjectMapper().readTree(search.body()).path("hits");
      return hits.isArray() && !hits.isEmpty() ? hits.get(0).path("person_id").asText(null) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
