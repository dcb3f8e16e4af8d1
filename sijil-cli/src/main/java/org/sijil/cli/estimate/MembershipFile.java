package org.sijil.cli.estimate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.UserError;
import org.sijil.core.estimate.MembershipTable;

/**
 * A person-level CSV file: a header row, one row per person, 0/1 membership columns (also
 * true/false, yes/no), and any other columns used as variables. Empty, "NA" and "NULL" are missing
 * values; membership must not be missing. Rows on none of the chosen lists (a file may hold more
 * lists than are analysed) are left out and counted, see {@link #skipped()}.
 */
final class MembershipFile implements MembershipSource {

  private static final List<String> MISSING =
      List.of("", "na", "n/a", "null", "nan", "missing", "unknown");

  private final Path file;
  private int skipped;

  MembershipFile(Path file) {
    this.file = file;
  }

  /** Rows left out of the last load because they are on none of the chosen lists. */
  int skipped() {
    return skipped;
  }

  @Override
  public MembershipTable load(List<String> lists, List<String> variables, List<String> numeric) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      for (String column : concat(lists, variables)) {
        if (!header.containsKey(column)) {
          throw new UserError(
              file
                  + ": no column '"
                  + column
                  + "' (columns: "
                  + String.join(", ", parser.getHeaderNames())
                  + ")");
        }
      }
      skipped = 0;
      MembershipTable.Builder builder = MembershipTable.builder(lists);
      for (String v : variables) {
        if (numeric.contains(v)) {
          builder.numeric(v);
        } else {
          builder.categorical(v);
        }
      }
      boolean[] on = new boolean[lists.size()];
      Object[] values = new Object[variables.size()];
      for (CSVRecord record : parser) {
        long row = record.getRecordNumber() + 1; // the header is line 1
        boolean any = false;
        for (int i = 0; i < lists.size(); i++) {
          on[i] = flag(record, lists.get(i), row);
          any |= on[i];
        }
        if (!any) {
          skipped++;
          continue;
        }
        for (int v = 0; v < variables.size(); v++) {
          String name = variables.get(v);
          String text = value(record, name, row);
          if (isMissing(text)) {
            values[v] = null;
          } else if (numeric.contains(name)) {
            values[v] = number(text, name, row);
          } else {
            values[v] = text;
          }
        }
        builder.add(on, values);
      }
      return builder.build();
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private String value(CSVRecord record, String column, long row) {
    if (!record.isSet(column)) {
      throw new UserError(
          file + ", row " + row + ": field '" + column + "' is missing (short row)");
    }
    return record.get(column);
  }

  private boolean flag(CSVRecord record, String column, long row) {
    String text = value(record, column, row).toLowerCase(Locale.ROOT);
    return switch (text) {
      case "1", "true", "yes", "y", "t" -> true;
      case "0", "false", "no", "n", "f" -> false;
      default ->
          throw new UserError(
              file
                  + ", row "
                  + row
                  + ", field '"
                  + column
                  + "': membership must be 0 or 1, got '"
                  + text
                  + "'");
    };
  }

  private Double number(String text, String column, long row) {
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      throw new UserError(
          file + ", row " + row + ", field '" + column + "': not a number: '" + text + "'");
    }
  }

  private static boolean isMissing(String text) {
    return MISSING.contains(text.toLowerCase(Locale.ROOT));
  }
}
