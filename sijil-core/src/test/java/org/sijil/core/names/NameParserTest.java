package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameParserTest {

  private static List<String> texts(String raw) {
    return NameParser.parse(raw).tokens().stream().map(NameToken::text).toList();
  }

  private static List<NameRole> roles(String raw) {
    return NameParser.parse(raw).tokens().stream().map(NameToken::role).toList();
  }

  @Test
  void fourPartChainHasAllRoles() {
    NameChain c = NameParser.parse("أحمد محمد علي الخطيب");
    assertEquals(
        List.of(NameRole.GIVEN, NameRole.FATHER, NameRole.GRANDFATHER, NameRole.FAMILY),
        roles("أحمد محمد علي الخطيب"));
    assertEquals("احمد", c.given());
    assertEquals("الخطيب", c.family());
    assertEquals("محمد", c.text(NameRole.FATHER));
  }

  @Test
  void shortAndLongChains() {
    assertEquals(List.of(NameRole.GIVEN), roles("محمد"));
    assertEquals(List.of(NameRole.GIVEN, NameRole.FAMILY), roles("محمد النجار"));
    assertEquals(
        List.of(NameRole.GIVEN, NameRole.FATHER, NameRole.FAMILY), roles("محمد احمد النجار"));
    assertEquals(
        List.of(
            NameRole.GIVEN,
            NameRole.FATHER,
            NameRole.GRANDFATHER,
            NameRole.ANCESTOR,
            NameRole.FAMILY),
        roles("محمد احمد علي حسن النجار"));
  }

  @Test
  void abdCompoundsJoinWrittenEitherWay() {
    assertEquals(texts("عبدالرحمن محمد"), texts("عبد الرحمن محمد"));
    assertEquals("عبدالرحمن", NameParser.parse("عبد الرحمن").given());
  }

  @Test
  void abuFamilyNamesJoin() {
    assertEquals(texts("سعيد ابوالقمصان"), texts("سعيد ابو القمصان"));
    assertEquals(texts("سعيد أبو القمصان"), texts("سعيد ابوالقمصان"));
    assertEquals("ابوالقمصان", NameParser.parse("سعيد أبو القمصان").family());
  }

  @Test
  void suffixCompoundsJoin() {
    assertEquals(texts("نصرالله"), texts("نصر الله"));
    assertEquals(List.of("نورالدين", "محمد"), texts("نور الدين محمد"));
    assertEquals(List.of("فاطمهالزهراء", "علي"), texts("فاطمة الزهراء علي"));
    assertEquals(List.of("ابوعبدالله", "سالم"), texts("ابو عبد الله سالم"));
    // the PDF-damaged spelling of الله still joins
    assertEquals(List.of("جادهللا"), texts("جاد هللا"));
  }

  @Test
  void detachedArticleJoinsTheFamilyName() {
    assertEquals("المدهون", NameParser.parse("هاني ال مدهون").family());
  }

  @Test
  void patronymicConnectorsAreDropped() {
    assertEquals(List.of("محمد", "علي", "حسن"), texts("محمد بن علي بن حسن"));
    assertEquals(
        List.of(NameRole.GIVEN, NameRole.FATHER, NameRole.GRANDFATHER),
        roles("محمد بن علي بن حسن"));
    assertEquals("", NameParser.parse("محمد بن علي").family());
    assertEquals("الخطيب", NameParser.parse("محمد بن علي الخطيب").family());
  }

  @Test
  void parenthesizedAliasesAreSetAside() {
    ParsedName p = NameParser.parseFull("رنا محمد حسونة (عبدالباري)");
    assertEquals("حسونه", p.chain().family());
    assertEquals(List.of("عبدالباري"), p.aliases());
    assertEquals(List.of("ابوناجي"), NameParser.parseFull("امل عدنان صالح )أبوناجي(").aliases());
    assertEquals(List.of("الهندي"), NameParser.parseFull("امل عدنان صالح (الهندي").aliases());
    assertEquals("رنا محمد حسونة (عبدالباري)", p.raw());
  }

  @Test
  void splitLettersAndNoiseAreMended() {
    assertEquals(List.of("محمد", "سعيد"), texts("م حمد سعيد"));
    assertEquals(List.of("اريج", "حاتم"), texts("أري ج حاتم"));
    assertEquals(List.of("بسام", "اياد"), texts("نن  بسام اياد"));
  }

  @Test
  void emptyAndNonArabic() {
    assertTrue(NameParser.parse(null).isEmpty());
    assertTrue(NameParser.parse("  ").isEmpty());
    assertTrue(NameParser.parse("0 00").isEmpty());
    assertEquals("", NameParser.parse("").given());
    assertEquals(List.of("John", "Smith"), texts("John Smith"));
  }

  @Test
  void randomInputNeverThrowsAndParsingIsStable() {
    Random random = new Random(7);
    String[] parts = {
      "عبد",
      "الرحمن",
      "ابو",
      "ال",
      "الله",
      "هللا",
      "بن",
      "محمد",
      "م",
      "نن",
      "(",
      ")",
      "،",
      "الدين",
      "سهيرسهير",
      "بالل",
      " ",
      "x",
      "\u200F",
      "٣"
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(9);
      for (int k = 0; k < n; k++) {
        sb.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
      }
      NameChain c = NameParser.parse(sb.toString());
      // The lean token path used for keys agrees with the chain.
      assertEquals(
          c.tokens().stream().map(NameToken::text).toList(),
          NameParser.tokens(sb.toString()),
          sb::toString);
      // Parsing the joined comparison form again gives the same tokens.
      assertEquals(c.joined(), NameParser.parse(c.joined()).joined(), sb::toString);
    }
  }
}
