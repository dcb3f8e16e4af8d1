package org.sijil.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.UserError;

/** CSV/TSV rows via Commons CSV: delimiter sniffed, RFC 4180 quotes, BOM skipped, strict decoding. */
final class CsvCells implements CellSource {

  private final Path file;
  private final Charset charset;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  private CsvCells(Path file, Charset charset, CSVParser parser) {
    this.file = file;
    this.charset = charset;
    this.parser = parser;
    this.records = parser.iterator();
  }

  static CsvCells open(Path file, Charset forced) throws IOException {
    EncodingDetector.Detected detected = EncodingDetector.detect(file);
    Charset charset = forced != null ? forced : detected.charset();
    int skip = forced == null || forced.equals(detected.charset()) ? detected.bomLength() : bomFor(file, forced);
    char delimiter = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")
        ? '\t'
        : DelimiterSniffer.sniff(firstLines(file, charset, skip, 50));
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .build();
    return new CsvCells(file, charset, CSVParser.parse(reader(file, charset, skip), format));
  }

  private static int bomFor(Path file, Charset forced) throws IOException {
    EncodingDetector.Detected d = EncodingDetector.detect(file);
    return d.charset().equals(forced) ? d.bomLength() : 0;
  }

  private static BufferedReader reader(Path file, Charset charset, int skip) throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(skip);
    return new BufferedReader(
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  private static List<String> firstLines(Path file, Charset charset, int skip, int max) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = reader(file, charset, skip)) {
      String line;
      while (lines.size() < max && (line = r.readLine()) != null) {
        lines.add(line);
      }
    } catch (CharacterCodingException e) {
      // Reported with the row position when the rows are read.
    }
    return lines;
  }

  @Override
  public List<String> next() throws IOException {
    try {
      if (!records.hasNext()) {
        return null;
      }
      return records.next().toList();
    } catch (UncheckedIOException | IllegalStateException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CharacterCodingException) {
          throw new org.sijil.core.SijilException(org.sijil.core.ErrorCode.INVALID_ENCODING,
              file + ": not valid " + charset.name() + " near " + position(), file.toString(), null, null,
              java.util.Map.of("encoding", charset.name(), "position", position()), e);
        }
      }
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      String plain = plainReason(why);
      if (plain != null) {
        throw new UserError(file + ": " + plain, e);
      }
      throw new UserError(file + ": malformed CSV near " + position() + ": " + why, e);
    }
  }

  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

  /**
   * Commons CSV's message for the commonest damage, a quote that is never closed, in words a list
   * keeper can act on; null for other messages, which are passed on as they are.
   */
  static String plainReason(String why) {
    if (why == null || !why.contains("EOF reached before encapsulated token finished")) {
      return null;
    }
    Matcher m = START_LINE.matcher(why);
    String where = m.find() ? "the quoted cell starting on line " + m.group(1) : "a quoted cell";
    return where + " is never closed: a stray '\"' swallows the rest of the file;"
        + " double it (\"\") inside a quoted cell, or remove it";
  }

  @Override
  public String encoding() {
    return charset.name();
  }

  @Override
  public String position() {
    return "line " + (parser.getCurrentLineNumber() + 1);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
