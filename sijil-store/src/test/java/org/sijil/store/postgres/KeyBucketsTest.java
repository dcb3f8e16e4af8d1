package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Register;
import org.sijil.store.ReleaseSpec;
import org.sijil.store.ReleaseWriter;
import org.sijil.store.migrate.Migration;
import org.sijil.store.migrate.Migrations;

/**
 * The key buckets a release's writer stores are exactly those migration 21 computes in SQL from the
 * same records (its fill of older registers), so both find the same records by key. Artificial keys
 * and names only.
 */
class KeyBucketsTest {

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  private static final String STORED =
      "SELECT bucket, release_id, entries FROM record_key_buckets ORDER BY 1, 2";

  private static final String[] KEYS = {
    "7:2:ab", "٤٥٦٧", "k😀:1", "", "id", null, "id", "i", "idd", "1:2:id", "ID", "id ", "é"
  };

  @Test
  void theWritersBucketsAreTheMigrationsBuckets() {
    String schema;
    try (Register reg = postgres.create()) {
      schema = schemaOf(postgres.url());
      write(reg, "one", KEYS);
      String[] many = new String[3000];
      Arrays.setAll(many, i -> "key-" + (i % 2000));
      write(reg, "two", many);
    }
    List<List<String>> written = postgres.server().query(schema, STORED);
    List<List<String>> computed =
        postgres.server().query(schema, migrationsSelect() + " ORDER BY 1, 2");
    assertTrue(written.size() > 1000, written.size() + " buckets");
    assertEquals(computed, written);
  }

  /**
   * {@code sijil copy} appends the records of several releases through one appender: each release's
   * buckets are written when the next release's rows begin, so no more than the largest release's
   * keys are held, and the rows equal the source's and the migration's.
   */
  @Test
  void aCopyOfSeveralReleasesHoldsOneReleaseAtATimeAndWritesTheSameBuckets() {
    Source source = severalReleases();
    Copied copied = copy(source.columns(), source.rows());
    assertEquals(3000, copied.mostKeysHeld(), "the largest release's keys, not all 4,012");
    assertEquals(source.buckets(), copied.buckets());
    assertEquals(copied.computed(), copied.buckets());
  }

  /**
   * Records read in no particular order may come back to a release whose buckets were written: its
   * later keys are appended to its rows, which end as if every key had been held to the end (here
   * each release's rows in four runs, one run of each release after another, so the rows still
   * arrive in row order within a release, as the migration orders them).
   */
  @Test
  void aReleaseWhoseRowsComeBackGetsItsLaterKeysAppended() {
    Source source = severalReleases();
    int release = source.columns().indexOf("release_id");
    Map<Object, List<Object[]>> byRelease = new TreeMap<>();
    source
        .rows()
        .forEach(r -> byRelease.computeIfAbsent(r[release], k -> new ArrayList<>()).add(r));
    List<Object[]> interleaved = new ArrayList<>();
    for (int part = 0; part < 4; part++) {
      for (List<Object[]> rows : byRelease.values()) {
        interleaved.addAll(rows.subList(part * rows.size() / 4, (part + 1) * rows.size() / 4));
      }
    }
    Copied copied = copy(source.columns(), interleaved);
    assertTrue(copied.mostKeysHeld() < 3000, copied.mostKeysHeld() + " keys held");
    assertEquals(source.buckets(), copied.buckets());
  }

  private record Source(List<String> columns, List<Object[]> rows, List<List<String>> buckets) {}

  private record Copied(
      long mostKeysHeld, List<List<String>> buckets, List<List<String>> computed) {}

  /** A register of three releases (13, 3,000 and 1,000 records), its records by release and row. */
  private Source severalReleases() {
    try (Register from = postgres.create()) {
      write(from, "one", KEYS);
      write(from, "two", keys("two-", 3000));
      write(from, "three", keys("three-", 1000));
      List<String> columns = from.tables().columns("records");
      List<Object[]> rows = new ArrayList<>();
      from.tables().scan("records", columns, rows::add);
      int release = columns.indexOf("release_id");
      int row = columns.indexOf("row_no");
      rows.sort(
          Comparator.<Object[]>comparingInt(r -> (Integer) r[release])
              .thenComparingLong(r -> (Long) r[row]));
      return new Source(columns, rows, postgres.server().query(schemaOf(postgres.url()), STORED));
    }
  }

  /** The records appended to an empty register in one transaction, as {@code sijil copy} does. */
  private Copied copy(List<String> columns, List<Object[]> rows) {
    try (Register to = postgres.create()) {
      long held =
          to.transaction(
              () -> {
                RecordsAppender out = (RecordsAppender) to.tables().append("records", columns);
                rows.forEach(out::add);
                out.close();
                return out.mostKeysHeld();
              });
      String schema = schemaOf(postgres.url());
      return new Copied(
          held,
          postgres.server().query(schema, STORED),
          postgres.server().query(schema, migrationsSelect() + " ORDER BY 1, 2"));
    }
  }

  private static String[] keys(String prefix, int n) {
    String[] keys = new String[n];
    Arrays.setAll(keys, i -> prefix + (i % 700));
    return keys;
  }

  /** The SELECT of migration 21's INSERT: the buckets of the records stored. */
  private static String migrationsSelect() {
    Migration v21 =
        Migrations.available(PostgresRegister.MIGRATIONS).stream()
            .filter(m -> m.version() == 21)
            .findFirst()
            .orElseThrow();
    String insert =
        v21.statements().stream().filter(s -> s.startsWith("INSERT")).findFirst().orElseThrow();
    return insert.substring(insert.indexOf("SELECT"));
  }

  private static String schemaOf(String url) {
    return url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
  }

  private static void write(Register reg, String label, String... keys) {
    ReleaseSpec spec =
        new ReleaseSpec(
            "moh",
            label,
            LocalDate.of(2024, 4, 30),
            label + ".csv",
            "a".repeat(64),
            "csv",
            "UTF-8",
            List.of(),
            List.of("id", "name"),
            Map.of("id", "id", "name_ar", "name"),
            "amal");
    try (ReleaseWriter w = reg.imports().begin(spec, false)) {
      for (int i = 0; i < keys.length; i++) {
        String name = "اسم تجريبي";
        CasualtyRecord r =
            new CasualtyRecord(
                i + 1,
                keys[i],
                name,
                null,
                null,
                null,
                null,
                "moh",
                null,
                null,
                java.util.Collections.singletonMap("id", keys[i]));
        w.record(Arrays.asList(keys[i], name), r);
      }
      w.commit();
    }
  }
}
