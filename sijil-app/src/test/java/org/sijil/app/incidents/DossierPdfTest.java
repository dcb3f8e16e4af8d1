package org.sijil.app.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RegisterLog;
import org.sijil.core.incident.VictimLink;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.store.Register;

/**
 * The PDF dossier of a synthetic incident parses, and PDFBox's own text extraction finds in it the
 * incident id, its counts, the victims' artificial Arabic names (shaped, read back in logical
 * order) and every receipt of the JSON dossier in full.
 */
public class DossierPdfTest {

  static final Actor AMAL = new Actor("amal");

  @TempDir Path dir;

  @Test
  void thePdfHoldsTheIncidentItsCountsVictimsAndEveryReceipt() throws Exception {
    NoteSigner key =
        NoteSigner.generate("sijil.example/test", SignatureType.ED25519, new SecureRandom());
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      IncidentsFlowTest.twoLists(reg, dir);
      new ImportIncidents(reg).run(IncidentsFlowTest.exampleFile(), AMAL);
      LinkVictims victims = new LinkVictims(reg);
      victims.suggest(null, AMAL);
      long first = victims.victims("SYN-0002").get(0).personId();
      victims.decide(
          "SYN-0002",
          first,
          VictimLink.Role.KILLED,
          VictimLink.Certainty.CONFIRMED,
          VictimLink.State.CONFIRMED,
          "named in SYN-DOC",
          AMAL);
      new RegisterLog(reg).sign(key);
      ExportDossier.Dossier d = new ExportDossier(reg).incident("SYN-0002", AMAL);

      byte[] pdf = DossierPdf.render(d.json());

      assertTrue(
          new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
      String text;
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        assertTrue(doc.getNumberOfPages() >= 2, "receipts in full take more than a page");
        text = new PDFTextStripper().getText(doc);
      }
      assertTrue(text.contains("incident SYN-0002"), text);
      assertTrue(text.contains("killed_min: 9"), text);
      assertTrue(text.contains("killed_max: 12"), text);
      assertTrue(text.contains("named_killed: 1"), text);
      assertTrue(text.contains("reported_killed_not_named: 8"), text);
      assertTrue(text.contains("Victims / "), text);
      // page numbers ("2 / 5") fall between a page's last line and the next page's first
      String flat = text.replaceAll("(?m)^\\d+ / \\d+$", "").replaceAll("\\s", "");
      assertEquals(d.receipts().size(), d.receipts().values().stream().distinct().count());
      assertTrue(d.receipts().size() >= 3, "entry receipts of the import and the links");
      for (String receipt : d.receipts().values()) {
        assertTrue(flat.contains(receipt.replaceAll("\\s", "")), "receipt in full:\n" + receipt);
      }
      String name =
          d.json().get("victims").get(0).get("records").get(0).get("verbatim").get("name").asText();
      // The font draws initial/medial yeh and Farsi yeh with one glyph; the text copied out is the
      // Arabic yeh that was written (ToUnicodeMap), not the Farsi one the font lists first.
      assertTrue(name.indexOf('\u064A') >= 0, "the test name has an Arabic yeh: " + name);
      assertTrue(text.contains(name), "Arabic name " + name + " in\n" + text);
      assertFalse(text.contains("\u06CC"), "no Farsi yeh was written");
    }
  }

  @Test
  void copiedTextHasTheArabicLettersWrittenNotTheFarsiOnesSharingTheirGlyphs() throws Exception {
    // artificial words with yeh in every position and alef maksura, which Noto Naskh draws with
    // the glyphs of Farsi yeh
    String words = "يحيى سامي بيت تجريبي على";
    byte[] pdf;
    try (PdfPages p = new PdfPages("yeh")) {
      p.paragraph(words, PdfPages.BODY, 0);
      pdf = p.finish();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains(words), text);
      assertFalse(text.contains("\u06CC"), text);
    }
  }

  @Test
  void aGlyphDrawnForTwoLettersStandsForTheBasicArabicOne() {
    ToUnicodeMap m = new ToUnicodeMap();
    m.drawn(7, 0xFBFE); // Farsi yeh, initial form
    m.drawn(7, 0xFEF3); // Arabic yeh, initial form, same glyph
    m.drawn(8, 0xFBFD); // Farsi yeh, final form
    m.drawn(8, 0xFEF0); // alef maksura, final form, same glyph
    m.drawn(9, 'a');
    m.drawn(0x1234, 0x1F600); // outside the BMP: a surrogate pair in UTF-16BE
    assertEquals(Map.of(7, 0xFEF3, 8, 0xFEF0, 9, (int) 'a', 0x1234, 0x1F600), m.chosen());
    String cmap = new String(m.cmap(), java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(cmap.contains("4 beginbfchar\n<0007> <FEF3>\n<0008> <FEF0>\n<0009> <0061>\n"), cmap);
    assertTrue(cmap.contains("<1234> <D83DDE00>"), cmap);
  }

  @Test
  void arabicIsJoinedAndOrderedRightToLeft() {
    // سجل: seen initial, jeem medial, lam final, drawn right to left, so the glyphs go in reverse.
    List<PdfText.Line> lines = PdfText.lines("سجل", 500, String::length, c -> true);
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).rightToLeft());
    assertEquals("\uFEDE\uFEA0\uFEB3", lines.get(0).visual());
    // A Latin label keeps the line left to right; the Arabic inside it still runs right to left.
    PdfText.Line mixed = PdfText.lines("name: سجل", 500, String::length, c -> true).get(0);
    assertEquals(false, mixed.rightToLeft());
    assertEquals("name: \uFEDE\uFEA0\uFEB3", mixed.visual());
    // lam-alef becomes one ligature
    assertEquals("\uFEFB", PdfText.shape("لا"));
  }

  @Test
  void longWordsBreakAndMissingGlyphsShowAsQuestionMarks() {
    List<PdfText.Line> lines = PdfText.lines("ab cdefghij k", 4, String::length, c -> c != 'k');
    assertEquals(
        List.of("ab", "cdef", "ghij", "?"), lines.stream().map(PdfText.Line::visual).toList());
  }
}
