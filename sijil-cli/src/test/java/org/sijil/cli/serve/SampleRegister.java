package org.sijil.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.cli.Cli;

/**
 * A small register built the way a user builds one: two lists made from the bundled synthetic
 * samples (made up, never copies of real lists) imported with {@code sijil import}, one of them
 * twice as two releases with known differences, then {@code sijil link --db}.
 *
 * <p>Releases: {@code hospital/r1} (the first 300 keyed rows of the hospital sample), {@code
 * hospital/r2} (r1 without its first {@value #REMOVED} rows, {@value #CHANGED} ages one year
 * higher, {@value #REFORMATTED} Latin name with a doubled space, and {@value #ADDED} more rows),
 * and {@code obituaries/o1} (the first 300 rows of the obituaries sample).
 */
public final class SampleRegister {

  public static final int R1_ROWS = 300;
  public static final int REMOVED = 5;
  public static final int CHANGED = 3;
  public static final int REFORMATTED = 1;
  public static final int ADDED = 40;
  public static final int R2_ROWS = R1_ROWS - REMOVED + ADDED;
  public static final int O1_ROWS = 300;
  public static final int RECORDS = R1_ROWS + R2_ROWS + O1_ROWS;

  private static final int AGE = 3;
  private static final int NAME_EN = 2;

  /** The register file and the stored id of each release ({@code source/label} → id). */
  public record Built(Path db, Map<String, Long> releaseIds, String linked) {
    /**
     * The record {@code source/label/row} as {@code sijil explain --db} and {@code review} write
     * it.
     */
    public String key(String recordId) {
      int slash = recordId.lastIndexOf('/');
      return releaseIds.get(recordId.substring(0, slash)) + ":" + recordId.substring(slash + 1);
    }

    /** The record {@code RELEASE_ID:ROW} as the server names it ({@code source/label/row}). */
    public String recordId(String key) {
      String[] p = key.split(":");
      long id = Long.parseLong(p[0]);
      return releaseIds.entrySet().stream()
              .filter(e -> e.getValue() == id)
              .findFirst()
              .orElseThrow()
              .getKey()
          + "/"
          + p[1];
    }
  }

  private SampleRegister() {}

  /**
   * Writes the three list files into {@code dir}; returns every data row by record id, header →
   * cell.
   */
  public static Map<String, Map<String, String>> writeLists(Path dir) {
    List<String> hospital = sample("synthetic-hospital.csv");
    List<String> obituaries = sample("synthetic-obituaries.csv");
    String header = hospital.get(0);
    List<String> keyed =
        hospital.subList(1, hospital.size()).stream().filter(l -> !l.startsWith(",")).toList();
    List<String> r1 = keyed.subList(0, R1_ROWS);
    List<String> r2 = new ArrayList<>();
    for (int i = REMOVED; i < R1_ROWS; i++) {
      String[] c = r1.get(i).split(",", -1);
      int k = i - REMOVED;
      if (k < CHANGED) {
        c[AGE] = c[AGE].isEmpty() ? "1" : String.valueOf(Integer.parseInt(c[AGE]) + 1);
      } else if (k < CHANGED + REFORMATTED) {
        c[NAME_EN] = c[NAME_EN].replaceFirst(" ", "  ");
      }
      r2.add(String.join(",", c));
    }
    r2.addAll(keyed.subList(R1_ROWS, R1_ROWS + ADDED));
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    write(dir.resolve("hospital-r1.csv"), header, r1, "hospital/r1", rows);
    write(dir.resolve("hospital-r2.csv"), header, r2, "hospital/r2", rows);
    write(
        dir.resolve("obituaries-o1.csv"),
        obituaries.get(0),
        obituaries.subList(1, 1 + O1_ROWS),
        "obituaries/o1",
        rows);
    return rows;
  }

  /** Imports the lists written by {@link #writeLists} into {@code db} and links them. */
  public static Built build(Path dir, Path db, Object... linkOptions) {
    Cli.ok(
        "import",
        dir.resolve("hospital-r1.csv"),
        "--source",
        "hospital",
        "--release",
        "r1",
        "--as-of",
        "2024-01-31",
        "--db",
        db);
    Cli.ok(
        "import",
        dir.resolve("hospital-r2.csv"),
        "--source",
        "hospital",
        "--release",
        "r2",
        "--as-of",
        "2024-02-29",
        "--db",
        db);
    Cli.ok(
        "import",
        dir.resolve("obituaries-o1.csv"),
        "--source",
        "obituaries",
        "--release",
        "o1",
        "--as-of",
        "2024-02-29",
        "--db",
        db);
    List<Object> link = new ArrayList<>(List.of("link", "--db", db, "--threads", "1"));
    link.addAll(Arrays.asList(linkOptions));
    String linked = Cli.ok(link.toArray()).out();
    Map<String, Long> ids = new LinkedHashMap<>();
    for (JsonNode r : Cli.ok("releases", "--db", db, "--format", "json").json()) {
      ids.put(r.get("source").asText() + "/" + r.get("release").asText(), r.get("id").asLong());
    }
    return new Built(db, ids, linked);
  }

  private static List<String> sample(String name) {
    try {
      return Files.readAllLines(
          Path.of(System.getProperty("sijil.root", "."), "samples", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      Path file,
      String header,
      List<String> lines,
      String release,
      Map<String, Map<String, String>> rows) {
    String[] names = header.split(",", -1);
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < names.length; c++) {
        row.put(names[c], cells[c]);
      }
      rows.put(release + "/" + (i + 1), row);
    }
    List<String> all = new ArrayList<>(List.of(header));
    all.addAll(lines);
    try {
      Files.write(file, all, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
