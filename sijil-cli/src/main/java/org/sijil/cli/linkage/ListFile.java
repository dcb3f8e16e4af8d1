package org.sijil.cli.linkage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.UserError;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * Reads a CSV list into canonical records for the linkage commands. Interim: replaced by the shared
 * list reader of sijil-ingest once it lands.
 */
final class ListFile {

  private ListFile() {}

  static List<CasualtyRecord> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + file);
    }
    List<CasualtyRecord> out = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      List<String> headers = parser.getHeaderNames();
      Map<String, String> canonical = mapHeaders(headers);
      long row = 0;
      for (CSVRecord rec : parser) {
        row++;
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < headers.size() && i < rec.size(); i++) {
          raw.put(headers.get(i), rec.get(i));
        }
        out.add(toRecord(file, row, raw, canonical));
      }
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + file);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserError(file + ": cannot read as CSV: " + e.getMessage(), e);
    }
    return out;
  }

  private static Map<String, String> mapHeaders(List<String> headers) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String h : headers) {
      String k = h.trim().toLowerCase(Locale.ROOT);
      String field = switch (k) {
        case "id", "id_number", "national_id" -> "id";
        case "name", "name_ar", "arabic_name" -> "name_ar";
        case "en_name", "name_en", "english_name" -> "name_en";
        case "age" -> "age";
        case "dob", "birth_date", "date_of_birth" -> "dob";
        case "sex", "gender" -> "sex";
        case "source" -> "source";
        case "dod", "date_of_death" -> "dod";
        case "place", "governorate" -> "place";
        default -> null;
      };
      if (field != null && !m.containsValue(field)) {
        m.put(h, field);
      }
    }
    return m;
  }

  private static CasualtyRecord toRecord(Path file, long row, Map<String, String> raw, Map<String, String> canonical) {
    Map<String, String> f = new LinkedHashMap<>();
    canonical.forEach((header, field) -> {
      String v = raw.get(header);
      if (v != null && !v.isBlank()) {
        f.put(field, v.trim());
      }
    });
    return new CasualtyRecord(row, f.get("id"), f.get("name_ar"), f.get("name_en"), age(f.get("age")),
        date(f.get("dob")), sex(f.get("sex")), f.get("source"), date(f.get("dod")), f.get("place"), raw);
  }

  private static Age age(String v) {
    if (v == null) {
      return null;
    }
    String s = v.toLowerCase(Locale.ROOT).trim();
    try {
      if (s.matches("\\d{1,3}")) {
        return Age.ofYears(Integer.parseInt(s));
      }
      if (s.matches("\\d{1,3} *months?")) {
        return new Age(0, Integer.parseInt(s.replaceAll("\\D", "")), 0);
      }
      if (s.matches("\\d{1,3} *days?")) {
        return new Age(0, 0, Integer.parseInt(s.replaceAll("\\D", "")));
      }
      if (s.startsWith("less than")) {
        return new Age(0, 0, 0);
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static LocalDate date(String v) {
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static Sex sex(String v) {
    if (v == null) {
      return null;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "m", "male", "ذكر" -> Sex.MALE;
      case "f", "female", "أنثى", "انثى" -> Sex.FEMALE;
      default -> null;
    };
  }
}
