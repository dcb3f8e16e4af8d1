package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    String stored = "SELECT bucket, release_id, entries FROM record_key_buckets ORDER BY 1, 2";
    List<List<String>> written = postgres.server().query(schema, stored);
    List<List<String>> computed =
        postgres.server().query(schema, migrationsSelect() + " ORDER BY 1, 2");
    assertTrue(written.size() > 1000, written.size() + " buckets");
    assertEquals(computed, written);
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
