package org.sijil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sijil.server.demo.SyntheticRegister;

/**
 * A register served without an integrity log (synthetic, in memory): downloads carry a releases
 * fingerprint marked {@code X-Sijil-Snapshot-Kind: releases}, and the pages say it cannot be
 * checked against a signed checkpoint. The log case is in {@code SourceNamesServerTest}.
 */
class DataStampTest {

  @Test
  void withoutALogTheStampSaysItIsOnlyAFingerprint() throws Exception {
    try (TestServer server = new TestServer(SyntheticRegister.generate(40, 3))) {
      HttpResponse<String> csv = server.get("/api/download/persons.csv");
      String stamp = csv.headers().firstValue("X-Sijil-Snapshot").orElseThrow();
      assertTrue(stamp.matches("[0-9a-f]{12}"), stamp);
      assertEquals("releases", csv.headers().firstValue("X-Sijil-Snapshot-Kind").orElseThrow());
      for (String path : new String[] {"/releases?lang=en", "/statistics?lang=en"}) {
        String page = server.get(path).body();
        assertTrue(page.contains("class=\"note data-stamp releases\""), path);
        assertTrue(page.contains("has no integrity log"), path);
        assertTrue(page.contains(">" + stamp + "</bdi>"), path);
        assertFalse(page.contains("/log/checkpoint:"), path);
      }
      assertTrue(server.get("/releases?lang=ar").body().contains("لا يملك هذا السجل سجلّ سلامة"));
    }
  }
}
