package org.sijil.app.incidents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages of wrapped text in the bundled Noto Naskh Arabic font (embedded as a subset, so the file
 * is read the same everywhere), written top to bottom with a new page when one is full, and page
 * numbers added at the end. Apache PDFBox writes the file; this class only places lines.
 */
final class PdfPages implements AutoCloseable {

  static final String FONT = "NotoNaskhArabic-Regular.ttf";
  static final float TITLE = 16;
  static final float HEADING = 13;
  static final float BODY = 10;
  static final float SMALL = 7.5f;
  private static final float MARGIN = 50;
  private static final float LEADING = 1.55f;
  private static final float INDENT = 14;

  private final PDDocument doc = new PDDocument();
  private final TrueTypeFont ttf;
  private final CmapLookup cmap;
  private final PDType0Font font;
  private final ToUnicodeMap toUnicode = new ToUnicodeMap();
  private PDPageContentStream out;
  private float y;

  PdfPages(String title) {
    try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("the bundled font " + FONT + " is missing");
      }
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      cmap = ttf.getUnicodeCmapLookup();
      font = PDType0Font.load(doc, ttf, true);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Sijil");
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A heading, kept with at least two lines after it. */
  void heading(String text, float size) {
    space(size);
    if (y - size * LEADING * 3 < MARGIN) {
      newPage();
    }
    paragraph(text, size, 0);
  }

  /** {@code label: value}, the value wrapped; nothing when the value is empty. */
  void field(String label, String value, int level) {
    if (value != null && !value.isEmpty()) {
      paragraph(label + ": " + value, BODY, level);
    }
  }

  /** Text, each of its lines wrapped as its own paragraph, indented by {@code level}. */
  void paragraph(String text, float size, int level) {
    float left = MARGIN + level * INDENT;
    float width = PDRectangle.A4.getWidth() - MARGIN - left;
    for (String para : text.split("\n", -1)) {
      List<PdfText.Line> lines = PdfText.lines(para, width, s -> width(s, size), this::hasGlyph);
      for (PdfText.Line line : lines) {
        if (y - size * LEADING < MARGIN) {
          newPage();
        }
        y -= size * LEADING;
        float x = line.rightToLeft() ? left + width - width(line.visual(), size) : left;
        show(line.visual(), size, x, y);
      }
    }
  }

  void space(float size) {
    y -= size * 0.6f;
  }

  /**
   * The PDF: every page numbered "n / total", its text mapped back to the characters drawn ({@link
   * ToUnicodeMap}).
   */
  byte[] finish() {
    try {
      out.close();
      int total = doc.getNumberOfPages();
      for (int i = 0; i < total; i++) {
        try (PDPageContentStream s =
            new PDPageContentStream(
                doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
          out = s;
          String n = (i + 1) + " / " + total;
          show(n, SMALL, (PDRectangle.A4.getWidth() - width(n, SMALL)) / 2, MARGIN / 2);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return toUnicode.applyTo(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
      ttf.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean hasGlyph(int codePoint) {
    return cmap.getGlyphId(codePoint) != 0;
  }

  private float width(String s, float size) {
    try {
      return font.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void show(String s, float size, float x, float at) {
    try {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, at);
      s.codePoints().forEach(c -> toUnicode.drawn(cmap.getGlyphId(c), c));
      out.showText(s);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void newPage() {
    try {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      out = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
