package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.core.UserError;

/**
 * A command logs in to PostgreSQL once (each login is thousands of SCRAM rounds on the client), and
 * a server that does not answer still fails the open at once, naming the URL and never the
 * password.
 */
class PostgresPoolsTest {

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  @Test
  void openingARegisterLogsInOnce() throws InterruptedException {
    postgres.freshSchema();
    PostgresUrl url = PostgresUrl.parse(postgres.url(), System.getenv());
    try (PostgresRegister reg = PostgresRegister.open(url, System.getenv())) {
      assertTrue(reg.releases().list().isEmpty());
      HikariPoolMXBean pool = PostgresPools.pool(url, System.getenv()).getHikariPoolMXBean();
      // A pool with an idle minimum tops up 100 ms after its start (HikariCP's house-keeper), a
      // second login while the register holds the first: wait past it (FirstLoginKeptTest holds
      // the configuration that prevents it).
      Thread.sleep(500);
      assertEquals(1, pool.getTotalConnections(), "connections after one open");
      assertEquals(1, pool.getActiveConnections(), "the register's own");
    }
  }

  @Test
  void aServerThatDoesNotAnswerFailsAtOnceNamingTheUrlNotThePassword() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Map<String, String> env = Map.of("PGPASSWORD", "not-to-be-shown");
    PostgresUrl url =
        PostgresUrl.parse("postgresql://amal@127.0.0.1:" + closedPort + "/sijil", env);
    long start = System.nanoTime();
    UserError e = assertThrows(UserError.class, () -> PostgresRegister.open(url, env));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < PostgresPools.CONNECT_TIMEOUT_MILLIS, "failed after " + millis + " ms");
    assertTrue(e.getMessage().contains("cannot open register " + url), e.getMessage());
    assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
    assertFalse(e.getMessage().contains("not-to-be-shown"), e.getMessage());
  }
}
