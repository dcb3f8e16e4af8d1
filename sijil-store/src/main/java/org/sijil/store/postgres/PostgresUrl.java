package org.sijil.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.sijil.core.UserError;

/**
 * A register on a PostgreSQL server, named as {@code postgresql://user@host:5432/name} (libpq's URL
 * form, as {@code psql} takes it). Rules:
 *
 * <ul>
 *   <li>The host is required; the port defaults to 5432; the user defaults to {@code PGUSER}, then
 *       the operating-system user; the database name is required.
 *   <li>A password in the URL is refused: command lines are visible to every user of the machine.
 *       The password comes from {@code PGPASSWORD}, else the driver reads {@code PGPASSFILE} or
 *       {@code ~/.pgpass} itself.
 *   <li>A query string is passed to the driver as it stands (e.g. {@code ?currentSchema=s} or
 *       {@code ?sslmode=require}).
 *   <li>A {@link java.nio.file.Path} made from the URL has lost one slash ({@code
 *       postgresql:/u@h/db}, or {@code postgres:/u@h/db} from libpq's short scheme): it is
 *       recognized too, so every {@code --db PATH} takes a URL.
 * </ul>
 *
 * @param user the role to connect as
 * @param host the server's host name
 * @param port its port
 * @param database the database's name
 * @param query the query string without {@code ?}, or empty
 */
public record PostgresUrl(String user, String host, int port, String database, String query) {

  static final String SCHEME = "postgresql:";

  /** libpq's other name for the scheme ({@code postgres://}), taken the same way. */
  static final String SHORT_SCHEME = "postgres:";

  static final int DEFAULT_PORT = 5432;

  /**
   * Whether {@code target} (a {@code --db} value or a path made from one) names a PostgreSQL
   * register.
   */
  public static boolean matches(String target) {
    return target.startsWith(SCHEME + "/") || target.startsWith(SHORT_SCHEME + "/");
  }

  /** Parses {@code target}, reading the default user from {@code env} ({@code PGUSER}). */
  public static PostgresUrl parse(String target, Map<String, String> env) {
    String text =
        target.startsWith(SHORT_SCHEME + "/")
            ? SCHEME + target.substring(SHORT_SCHEME.length())
            : target;
    if (text.startsWith(SCHEME + "/") && !text.startsWith(SCHEME + "//")) {
      text = SCHEME + "/" + text.substring(SCHEME.length());
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new UserError(
          "not a PostgreSQL URL (postgresql://user@host:5432/name): " + safe(target), e);
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && userInfo.contains(":")) {
      throw new UserError(
          "a PostgreSQL URL must not carry a password ("
              + safe(target)
              + "): set PGPASSWORD or use a password file (PGPASSFILE, ~/.pgpass)");
    }
    if (uri.getHost() == null) {
      throw new UserError(
          "no host in PostgreSQL URL " + safe(target) + " (postgresql://user@host:5432/name)");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (path.isEmpty() || path.contains("/")) {
      throw new UserError(
          "no database name in PostgreSQL URL "
              + safe(target)
              + " (postgresql://user@host:5432/name)");
    }
    String user =
        userInfo != null
            ? uri.getUserInfo()
            : env.getOrDefault("PGUSER", System.getProperty("user.name"));
    return new PostgresUrl(
        user,
        uri.getHost(),
        uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
        path,
        uri.getRawQuery() == null ? "" : uri.getRawQuery());
  }

  /** The driver's URL (no user or password: those go in the connection properties). */
  String jdbcUrl() {
    return "jdbc:postgresql://"
        + host
        + ":"
        + port
        + "/"
        + database
        + (query.isEmpty() ? "" : "?" + query);
  }

  /** How the register is named in messages: the URL form, never a password. */
  @Override
  public String toString() {
    return "postgresql://"
        + user
        + "@"
        + host
        + ":"
        + port
        + "/"
        + database
        + (query.isEmpty() ? "" : "?" + query);
  }

  /** The target as written, with any password masked, for error messages. */
  private static String safe(String target) {
    return target.replaceAll("(//[^:@/]*):[^@/]*@", "$1:***@");
  }
}
