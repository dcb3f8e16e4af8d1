package org.sijil.store.postgres;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of a pool: first the one logged in when the pool was made (that login proved the
 * server answers and accepts the user, with its own words when it does not), then new logins. Each
 * login costs the client thousands of SCRAM rounds, so a command that opens one register logs in
 * once.
 */
final class FirstLoginKept implements DataSource {

  private final DataSource driver;
  private final AtomicReference<Connection> first;

  /** Logs in through {@code driver} now; fails as the driver does. */
  FirstLoginKept(DataSource driver) throws SQLException {
    this.driver = driver;
    this.first = new AtomicReference<>(driver.getConnection());
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection kept = first.getAndSet(null);
    return kept != null ? kept : driver.getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return driver.getConnection(user, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return driver.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    driver.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    driver.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return driver.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return driver.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : driver.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || driver.isWrapperFor(type);
  }
}
