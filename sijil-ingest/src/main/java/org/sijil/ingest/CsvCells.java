package org.sijil.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sijil.core.UserError;

/**
 * CSV/TSV rows via Commons CSV: delimiter sniffed, RFC 4180 quotes, BOM skipped. The encoding is
 * decided from the whole file ({@link EncodingDetector}); lines are decoded one by one ({@link
 * LineDecodingReader}), so an undecodable line is named exactly and, in a file whose lines
 * disagree, each row is read in its own encoding and noted (see {@link #notes}).
 */
final class CsvCells implements CellSource {

  private final Path file;
  private final Charset charset;
  private final EncodingDetector.Detected detected;
  private final CSVParser parser;
  private final LineDecodingReader lines;
  private final Iterator<CSVRecord> records;
  private final Map<Long, List<String>> notes = new HashMap<>();
  private CSVRecord pending;
  private long returned;

  private CsvCells(
      Path file,
      Charset charset,
      EncodingDetector.Detected detected,
      CSVParser parser,
      LineDecodingReader lines) {
    this.file = file;
    this.charset = charset;
    this.detected = detected;
    this.parser = parser;
    this.lines = lines;
    this.records = parser.iterator();
  }

  static CsvCells open(Path file, Charset forced) throws IOException {
    EncodingDetector.Detected detected = detect(file);
    Charset charset = forced != null ? forced : detected.charset();
    int skip =
        forced == null || forced.equals(detected.charset())
            ? detected.bomLength()
            : bomFor(file, forced);
    boolean mixed = forced == null && detected.mixed();
    char delimiter =
        file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")
            ? '\t'
            : DelimiterSniffer.sniff(firstLines(file, charset, skip, 50));
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .build();
    Reader reader = reader(file, charset, skip, mixed);
    LineDecodingReader lines = reader instanceof LineDecodingReader l ? l : null;
    EncodingDetector.Detected evidence =
        forced == null
            ? detected
            : EncodingDetector.Detected.certain(
                forced, skip, forced.name() + " as given with --encoding");
    return new CsvCells(file, charset, evidence, CSVParser.parse(reader, format), lines);
  }

  private static EncodingDetector.Detected detect(Path file) throws IOException {
    try {
      return EncodingDetector.detect(file);
    } catch (LineBytes.LineTooLongException e) {
      throw new UserError(file + ": " + e.getMessage(), e);
    }
  }

  private static int bomFor(Path file, Charset forced) throws IOException {
    EncodingDetector.Detected d = detect(file);
    return d.charset().equals(forced) ? d.bomLength() : 0;
  }

  /** Line-by-line decoding where {@code \n} is one byte; UTF-16 through a strict stream decoder. */
  private static Reader reader(Path file, Charset charset, int skip, boolean mixed)
      throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(skip);
    if (!charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")) {
      return new LineDecodingReader(in, charset, mixed);
    }
    return new BufferedReader(
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  private static List<String> firstLines(Path file, Charset charset, int skip, int max)
      throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader(file, charset, skip, true))) {
      String line;
      while (lines.size() < max && (line = r.readLine()) != null) {
        lines.add(line);
      }
    } catch (CharacterCodingException | LineBytes.LineTooLongException e) {
      // Reported with the row position when the rows are read.
    }
    return lines;
  }

  /** How the encoding was decided. */
  EncodingDetector.Detected detected() {
    return detected;
  }

  @Override
  public String encodingEvidence() {
    return detected.evidence();
  }

  @Override
  public List<String> notes(long ordinal) {
    if (notes.isEmpty()) {
      return List.of(); // the usual file, of one encoding: asked once per row
    }
    List<String> n = notes.remove(ordinal);
    return n == null ? List.of() : n;
  }

  @Override
  public List<String> next() throws IOException {
    try {
      if (pending == null) {
        if (!records.hasNext()) {
          return null;
        }
        pending = records.next();
      }
      CSVRecord record = pending;
      pending = records.hasNext() ? records.next() : null;
      returned++;
      noteOddLines(pending == null ? -1 : pending.getCharacterPosition());
      // The record's own array (not a copy), read-only: CSVRecord.toList streams into a new list.
      return java.util.Collections.unmodifiableList(java.util.Arrays.asList(record.values()));
    } catch (UncheckedIOException | IllegalStateException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CharacterCodingException || t instanceof LineBytes.LineTooLongException) {
          String where =
              t instanceof CharacterCodingException
                      && !(t instanceof LineDecodingReader.BadLineException)
                  ? "not valid " + charset.name() + " near " + position()
                  : t.getMessage();
          throw new org.sijil.core.SijilException(
              org.sijil.core.ErrorCode.INVALID_ENCODING,
              file + ": " + where,
              file.toString(),
              null,
              null,
              java.util.Map.of("encoding", charset.name(), "position", position()),
              e);
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

  /** Notes for the row just returned: its lines read in the file's other encoding. */
  private void noteOddLines(long nextRecordStart) {
    if (lines == null) {
      return;
    }
    var odd = lines.takeOddLinesBefore(nextRecordStart);
    if (odd.isEmpty()) {
      return;
    }
    List<String> n = new ArrayList<>(odd.size());
    for (LineDecodingReader.OddLine l : odd.values()) {
      n.add(
          file.getFileName()
              + " line "
              + String.format("%,d", l.line())
              + " is "
              + l.charset()
              + " while the file is "
              + charset.name()
              + "; the line was read as "
              + l.charset());
    }
    notes.put(returned, n);
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
    return where
        + " is never closed: a stray '\"' swallows the rest of the file;"
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
