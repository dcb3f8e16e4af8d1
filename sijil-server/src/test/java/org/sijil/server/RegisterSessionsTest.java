package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.users.ManageUsers;
import org.sijil.server.demo.SyntheticRegister;
import org.sijil.server.service.InMemoryRegister;
import org.sijil.server.store.StoreUsers;
import org.sijil.store.Register;
import org.sijil.store.StoredUser;

/**
 * Sessions kept in the register: a second server on the same register (or the same one restarted)
 * knows a session signed in on the first; revoking the user ends it on both and refuses sign-in.
 */
class RegisterSessionsTest {

  private static final String PASSWORD = "correct horse battery";

  @TempDir Path dir;

  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void sessionsOutliveTheServerAndRevokingEndsThemEverywhere() throws Exception {
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      new ManageUsers(reg).save("amal", "analyst", PASSWORD.toCharArray(), 4, new Actor("root"));
    }
    InMemoryRegister data = new InMemoryRegister(SyntheticRegister.generate(50, 7));
    Javalin first = start(data, db);
    Javalin second = null;
    try {
      String base1 = "http://127.0.0.1:" + first.port();
      HttpResponse<String> login = signIn(base1, "amal");
      assertEquals(200, login.statusCode(), login.body());
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      assertEquals(200, get(base1, "/api/review", cookie));
      try (Register reg = Register.open(db)) {
        String id = cookie.substring(cookie.indexOf('=') + 1);
        assertTrue(reg.sessions().find(id).isEmpty(), "the register keeps a hash, not the id");
      }

      first.stop();
      second = start(data, db);
      String base2 = "http://127.0.0.1:" + second.port();
      assertEquals(200, get(base2, "/api/review", cookie), "known after a restart");
      first = start(data, db);
      base1 = "http://127.0.0.1:" + first.port();
      assertEquals(200, get(base1, "/api/review", cookie), "and on two servers at once");

      try (Register reg = Register.open(db)) {
        assertEquals(1, new ManageUsers(reg).revoke("amal", new Actor("basem")));
        StoredUser u = reg.users().find("amal").orElseThrow();
        assertFalse(u.enabled());
        assertEquals("basem", u.disabledBy());
      }
      assertEquals(401, get(base1, "/api/review", cookie));
      assertEquals(401, get(base2, "/api/review", cookie));
      assertEquals(401, signIn(base2, "amal").statusCode(), "a revoked user cannot sign in");
    } finally {
      first.stop();
      if (second != null) {
        second.stop();
      }
    }
  }

  @Test
  void aRoleChangeAppliesAtTheNextRequestWithoutSigningInAgain() throws Exception {
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      new ManageUsers(reg).save("amal", "analyst", PASSWORD.toCharArray(), 4, new Actor("root"));
    }
    Javalin server = start(new InMemoryRegister(SyntheticRegister.generate(50, 7)), db);
    try {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> login = signIn(base, "amal");
      assertEquals(200, login.statusCode(), login.body());
      String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      assertEquals(200, get(base, "/import", cookie), "an analyst may import");
      try (Register reg = Register.open(db)) {
        new ManageUsers(reg).save("amal", "viewer", PASSWORD.toCharArray(), 4, new Actor("root"));
      }
      assertEquals(403, get(base, "/import", cookie), "a viewer now, at the next request");
      assertEquals(200, get(base, "/api/review", cookie), "still signed in");
      try (Register reg = Register.open(db)) {
        new ManageUsers(reg).save("amal", "admin", PASSWORD.toCharArray(), 4, new Actor("root"));
      }
      assertEquals(200, get(base, "/import", cookie), "an admin now");
    } finally {
      server.stop();
    }
  }

  private static Javalin start(InMemoryRegister data, Path db) {
    // A recheck of zero: every request asks the register, so the revocation shows at once.
    return SijilServer.create(data, new StoreUsers(db, Duration.ZERO), ServerConfig.defaults())
        .start("127.0.0.1", 0);
  }

  private HttpResponse<String> signIn(String base, String name) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/api/session"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"name\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int get(String base, String path, String cookie) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}
