package org.sijil.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void textAndAttributesAreEscaped() {
    Html h = new Html();
    h.open("a", "href", "/?q=\"><script>", "title", null).text("<b>&'\"</b>").close("a");
    assertEquals(
        "<a href=\"/?q=&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;&#39;&quot;&lt;/b&gt;</a>",
        h.toString());
  }

  @Test
  void arabicTextIsUntouched() {
    assertEquals("فاطمة عيسى", Html.escape("فاطمة عيسى"));
  }

  @Test
  void attributesMustComeInPairs() {
    assertThrows(IllegalArgumentException.class, () -> new Html().open("a", "href"));
  }

  @Test
  void onlySameSiteRelativePathsAreRedirectedToAfterSignIn() {
    assertEquals("/review/R1", AuthHandlers.safeNext("/review/R1"));
    assertEquals("/review", AuthHandlers.safeNext("//evil.example/"));
    assertEquals("/review", AuthHandlers.safeNext("https://evil.example/"));
    assertEquals("/review", AuthHandlers.safeNext("/\\evil.example"));
    assertEquals("/review", AuthHandlers.safeNext(null));
  }

  @Test
  void everyMessageHasBothLanguages() {
    assertEquals(Lang.table(Lang.EN).keySet(), Lang.table(Lang.AR).keySet());
  }
}
