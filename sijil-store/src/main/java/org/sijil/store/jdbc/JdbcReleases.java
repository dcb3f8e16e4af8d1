package org.sijil.store.jdbc;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.store.Release;
import org.sijil.store.Releases;

/** Sources' releases (metadata and counts), the same SQL on both backends. */
public final class JdbcReleases implements Releases {

  private static final String SELECT =
      "SELECT r.release_id, s.name, r.label, r.as_of, r.imported_at, r.file_name, r.file_sha256,"
          + " r.file_format, r.encoding, r.headers, r.mapping, r.rows_read, r.rows_imported,"
          + " r.rows_rejected, r.warnings, r.imported_by FROM releases r"
          + " JOIN sources s ON s.source_id = r.source_id";

  private final Jdbc jdbc;

  public JdbcReleases(Connection connection) {
    this.jdbc = new Jdbc(connection, "releases");
  }

  @Override
  public List<Release> list() {
    return query(SELECT + " ORDER BY s.name, r.as_of NULLS LAST, r.imported_at, r.label");
  }

  @Override
  public Optional<Release> find(String source, String label) {
    return query(SELECT + " WHERE s.name = ? AND r.label = ?", source, label).stream().findFirst();
  }

  /** The release with this stored id, if any. */
  public Optional<Release> byId(long id) {
    return query(SELECT + " WHERE r.release_id = ?", id).stream().findFirst();
  }

  @Override
  public Release resolve(String source, String label) {
    if (source != null) {
      return find(source, label)
          .orElseThrow(
              () ->
                  new SijilException(
                      ErrorCode.NO_SUCH_RELEASE,
                      "no release '" + label + "' of source '" + source + "'"));
    }
    List<Release> found = query(SELECT + " WHERE r.label = ? ORDER BY s.name", label);
    if (found.isEmpty()) {
      throw new SijilException(
          ErrorCode.NO_SUCH_RELEASE, "no release '" + label + "' in the register");
    }
    if (found.size() > 1) {
      throw new SijilException(
          ErrorCode.AMBIGUOUS_RELEASE,
          "release '"
              + label
              + "' exists in sources "
              + found.stream().map(Release::source).collect(Collectors.joining(", ")));
    }
    return found.get(0);
  }

  private List<Release> query(String sql, Object... params) {
    return jdbc.query(
        sql,
        rs ->
            new Release(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Jdbc.localDate(rs, 4),
                Jdbc.instant(rs, 5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                JsonColumns.stringList(rs.getString(10)),
                JsonColumns.stringMap(rs.getString(11)),
                rs.getLong(12),
                rs.getLong(13),
                rs.getLong(14),
                rs.getLong(15),
                rs.getString(16)),
        params);
  }
}
