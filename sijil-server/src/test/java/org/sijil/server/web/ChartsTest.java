package org.sijil.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sijil.server.model.Statistics;

/** The SVG charts keep their labels inside the drawing and apart from each other. */
class ChartsTest {

  private static final Pattern VIEWBOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern TEXT =
      Pattern.compile(
          "<text[^>]* x=\"([-0-9.]+)\"[^>]* text-anchor=\"(\\w+)\"[^>]*>([^<]*)</text>");

  /** Approximate text width at font size 11 (about 6.2 units a character). */
  private static double textWidth(String s) {
    return s.length() * 6.2;
  }

  private static void assertTextInside(String svg) {
    Matcher vb = VIEWBOX.matcher(svg);
    assertTrue(vb.find(), svg);
    int width = Integer.parseInt(vb.group(1));
    Matcher m = TEXT.matcher(svg);
    int texts = 0;
    while (m.find()) {
      texts++;
      double x = Double.parseDouble(m.group(1));
      double w = textWidth(m.group(3));
      double left =
          switch (m.group(2)) {
            case "end" -> x - w;
            case "middle" -> x - w / 2;
            default -> x;
          };
      assertTrue(
          left >= 0 && left + w <= width,
          "'" + m.group(3) + "' at " + left + " outside 0.." + width);
    }
    assertTrue(texts > 0);
  }

  @Test
  void pyramidCountsOfTheLongestBarsStayInsideTheDrawing() {
    List<Statistics.AgeBand> bands =
        List.of(
            new Statistics.AgeBand("0-4", 1_234_567, 1_234_567, 0),
            new Statistics.AgeBand("5-9", 170, 162, 0),
            new Statistics.AgeBand("unknown", 52, 38, 3));
    assertTextInside(Charts.pyramid(Lang.EN, bands));
  }

  @Test
  void monthLabelsNeverOverlap() {
    for (int n : new int[] {1, 2, 9, 12, 18, 30, 60, 120}) {
      List<Statistics.Count> months = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        months.add(
            new Statistics.Count(String.format("%04d-%02d", 2023 + i / 12, 1 + i % 12), 10 + i));
      }
      String svg = Charts.columns("months", months);
      assertTextInside(svg);
      List<Double> labelX = new ArrayList<>();
      Matcher m = TEXT.matcher(svg);
      while (m.find()) {
        if (m.group(3).matches("\\d{4}-\\d{2}")) {
          labelX.add(Double.parseDouble(m.group(1)));
        }
      }
      assertTrue(
          !labelX.isEmpty() && labelX.size() <= 12, n + " months: " + labelX.size() + " labels");
      for (int i = 1; i < labelX.size(); i++) {
        assertTrue(
            labelX.get(i) - labelX.get(i - 1) >= Charts.LABEL_W, n + " months: labels " + labelX);
      }
    }
  }

  @Test
  void labelEveryIsAtLeastOne() {
    assertEquals(1, Charts.labelEvery(1, 60));
    assertEquals(1, Charts.labelEvery(9, 60));
    assertEquals(10, Charts.labelEvery(120, 6));
  }

  @Test
  void personsWithoutADateOfDeathAreCountedInWordsNotAsAColumn() {
    List<Statistics.Count> counts =
        List.of(
            new Statistics.Count("2023-10", 21),
            new Statistics.Count("2023-11", 34),
            new Statistics.Count("unknown", 21_621));
    String en = Charts.months(Lang.EN, counts);
    assertTrue(en.contains("<svg"), en);
    assertTrue(!en.contains(">unknown<"), en);
    assertTrue(en.contains("Persons without a date of death: 21,621"), en);
    assertTrue(Charts.months(Lang.AR, counts).contains("أشخاص بلا تاريخ وفاة"));
    String none = Charts.months(Lang.EN, List.of(new Statistics.Count("unknown", 5)));
    assertTrue(!none.contains("<svg") && none.contains(": 5"), none);
    assertTrue(!Charts.months(Lang.EN, counts.subList(0, 2)).contains("no-dod"));
  }
}
