package org.sijil.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sijil.core.UserError;

/** The list file formats Sijil reads. */
public enum FileFormat {
  CSV,
  XLSX,
  JSON;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** By extension ({@code .csv .tsv .txt .xlsx .json}), else by the first bytes. */
  public static FileFormat detect(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf") || startsWithPdfMagic(file)) {
      // Said plainly: a PDF has no columns to map, so advice about headers or --mapping misleads.
      throw new UserError(
          file
              + ": this is a PDF, not a table Sijil can read; extract its table to CSV or XLSX"
              + " first (copy it into a spreadsheet, or use a PDF table extractor), then import that"
              + " file");
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      return XLSX;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return CSV;
    }
    if (name.endsWith(".xls")) {
      throw new UserError(file + ": old .xls workbooks are not supported; save it as .xlsx or CSV");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4096);
      if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
        return XLSX;
      }
      // A JSON list starts with '[' after an optional UTF-8 BOM and white space (checked
      // byte-wise).
      int i =
          head.length >= 3
                  && (head[0] & 0xFF) == 0xEF
                  && (head[1] & 0xFF) == 0xBB
                  && (head[2] & 0xFF) == 0xBF
              ? 3
              : 0;
      while (i < head.length
          && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
        i++;
      }
      return i < head.length && head[i] == '[' ? JSON : CSV;
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static FileFormat byKey(String key) {
    for (FileFormat f : values()) {
      if (f.key().equalsIgnoreCase(key)) {
        return f;
      }
    }
    throw new UserError("unknown format '" + key + "'; use csv, xlsx or json");
  }

  /** The bytes every PDF file starts with. */
  private static final byte[] PDF_MAGIC =
      "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static boolean startsWithPdfMagic(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return java.util.Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
    } catch (java.io.IOException e) {
      return false; // unreadable: the reader that opens it says why
    }
  }
}
