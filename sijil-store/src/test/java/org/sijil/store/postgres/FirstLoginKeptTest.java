package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A pool logs in once when it is made and hands that connection to its first caller; what keeps it
 * from logging in again behind the caller's back is its configuration, not HikariCP's timing.
 */
class FirstLoginKeptTest {

  private final AtomicInteger logins = new AtomicInteger();

  @Test
  void theFirstConnectionIsTheLoginMadeWithThePool() throws SQLException {
    FirstLoginKept pool = new FirstLoginKept(driver(false));
    assertEquals(1, logins.get(), "logged in when made");
    Connection first = pool.getConnection();
    assertEquals(1, logins.get(), "the first caller gets that login");
    Connection second = pool.getConnection();
    assertEquals(2, logins.get(), "later callers log in");
    assertNotSame(first, second);
  }

  @Test
  void aLoginThatFailsFailsThePoolWithTheDriversError() {
    SQLException e = assertThrows(SQLException.class, () -> new FirstLoginKept(driver(true)));
    assertEquals("Connection to 127.0.0.1:1 refused", e.getMessage());
  }

  @Test
  void thePoolKeepsNoIdleMinimumAndMakesNoConnectionOfItsOwn() throws SQLException {
    FirstLoginKept logins = new FirstLoginKept(driver(false));
    PostgresUrl url =
        PostgresUrl.parse("postgresql://amal@127.0.0.1:5432/sijil", java.util.Map.of());
    HikariConfig config = PostgresPools.config(url, logins);
    assertEquals(0, config.getMinimumIdle(), "nothing to top up to");
    assertTrue(config.getInitializationFailTimeout() < 0, "no start-up login of its own");
    assertSame(logins, config.getDataSource());
    assertEquals(PostgresPools.MAX_CONNECTIONS, config.getMaximumPoolSize());
  }

  /** A driver that counts its logins, or refuses every one. */
  private DataSource driver(boolean refuses) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              if (refuses) {
                throw new SQLException("Connection to 127.0.0.1:1 refused");
              }
              logins.incrementAndGet();
              return connection();
            });
  }

  private static Connection connection() {
    return (Connection)
        Proxy.newProxyInstance(
            FirstLoginKeptTest.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
