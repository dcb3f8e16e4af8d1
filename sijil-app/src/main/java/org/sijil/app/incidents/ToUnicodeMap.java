package org.sijil.app.incidents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text a reader copies out of the dossier PDF, as it was written. A PDF maps each drawn glyph
 * back to text through its font's ToUnicode map, and PDFBox builds that map from the first
 * character the font lists for a glyph. Noto Naskh Arabic draws some letters of different
 * characters with one glyph — initial and medial Arabic yeh (U+064A) and Farsi yeh (U+06CC) among
 * them — and lists the Farsi one first, so copied names came out with ی where ي was printed. This
 * map records, for every glyph drawn, the character it was drawn for, and replaces the font's
 * ToUnicode map after the file is saved.
 *
 * <p>Rules: the map has an entry for every glyph the pages show (the text goes through {@link
 * #drawn} and nowhere else); when one glyph was drawn for several characters (the file cannot tell
 * them apart), the one whose compatibility form (NFKC: a presentation form's letter) has the lowest
 * code point wins, which prefers the basic Arabic letter the lists use (U+064A yeh over U+06CC
 * Farsi yeh, U+0649 alef maksura over it too).
 */
final class ToUnicodeMap {

  /** Entries per {@code beginbfchar} block: the PDF format allows at most 100. */
  private static final int PER_BLOCK = 100;

  /** Glyph id (the CID of an Identity-H font) to the characters drawn with it. */
  private final Map<Integer, Set<Integer>> drawn = new TreeMap<>();

  /** Notes that {@code glyph} was drawn for {@code codePoint}. */
  void drawn(int glyph, int codePoint) {
    drawn.computeIfAbsent(glyph, g -> new java.util.TreeSet<>()).add(codePoint);
  }

  /** The character each glyph stands for, by the rule above. */
  Map<Integer, Integer> chosen() {
    Map<Integer, Integer> out = new TreeMap<>();
    drawn.forEach(
        (glyph, chars) ->
            out.put(
                glyph,
                Collections.min(
                    chars,
                    java.util.Comparator.comparing(ToUnicodeMap::base)
                        .thenComparing(Integer::intValue))));
    return out;
  }

  private static String base(int codePoint) {
    return Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
  }

  /**
   * The ToUnicode CMap of {@link #chosen} (ISO 32000-1 §9.10.3): two-byte codes, one {@code bfchar}
   * entry per glyph, destinations in UTF-16BE.
   */
  byte[] cmap() {
    StringBuilder b = new StringBuilder();
    b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
    b.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
    b.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
    b.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(chosen().entrySet());
    for (int i = 0; i < entries.size(); i += PER_BLOCK) {
      List<Map.Entry<Integer, Integer>> block =
          entries.subList(i, Math.min(entries.size(), i + PER_BLOCK));
      b.append(block.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, Integer> e : block) {
        b.append(String.format("<%04X> <", e.getKey()));
        for (char c : Character.toChars(e.getValue())) {
          b.append(String.format("%04X", (int) c));
        }
        b.append(">\n");
      }
      b.append("endbfchar\n");
    }
    b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code pdf} with this map as the ToUnicode map of each of its Type 0 (composite) fonts. */
  byte[] applyTo(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Set<COSDictionary> done = Collections.newSetFromMap(new IdentityHashMap<>());
      byte[] cmap = cmap();
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          if (font instanceof PDType0Font && done.add(font.getCOSObject())) {
            PDStream stream =
                new PDStream(doc, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE);
            font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
