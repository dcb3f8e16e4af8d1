package org.sijil.server;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.sijil.app.users.Passwords;
import org.sijil.app.users.Role;
import org.sijil.server.auth.InMemoryUserStore;
import org.sijil.server.auth.User;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.service.InMemoryRegister;

/** A real server on a random port over a seeded synthetic register, with one analyst. */
final class TestServer implements AutoCloseable {

  static final String ANALYST = "analyst1";
  static final String PASSWORD = "correct horse battery";

  final InMemoryRegister register;
  final Javalin app;
  final String base;
  final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  TestServer(int persons) {
    this(SyntheticRegister.generate(persons, 7));
  }

  TestServer(org.sijil.server.service.RegisterData data) {
    this(data, ServerConfig.defaults());
  }

  TestServer(org.sijil.server.service.RegisterData data, ServerConfig config) {
    this(new InMemoryRegister(data), config);
  }

  /** A second server over the same register (the same index), e.g. with another config. */
  TestServer(InMemoryRegister register, ServerConfig config) {
    this.register = register;
    InMemoryUserStore users = new InMemoryUserStore();
    users.save(new User(ANALYST, Role.ANALYST, Passwords.hash(PASSWORD.toCharArray(), 4)));
    app = SijilServer.create(register, users, config).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, String json, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    app.stop();
  }
}
