package org.sijil.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the CSV delimiter from the first lines: the candidate ({@code , ; TAB |}) that appears the
 * same non-zero number of times (outside quotes) on the most lines. Title lines above the header
 * lower a candidate's score only a little, so they do not mislead it.
 */
final class DelimiterSniffer {

  private static final char[] CANDIDATES = {',', '\t', ';', '|'};

  private DelimiterSniffer() {}

  static char sniff(List<String> lines) {
    char best = ',';
    long bestScore = 0;
    for (char c : CANDIDATES) {
      Map<Integer, Integer> byCount = new HashMap<>();
      for (String line : lines) {
        int n = count(line, c);
        if (n > 0) {
          byCount.merge(n, 1, Integer::sum);
        }
      }
      // Score: lines agreeing on the most common count, weighted a little by that count.
      long score = 0;
      for (Map.Entry<Integer, Integer> e : byCount.entrySet()) {
        score = Math.max(score, (long) e.getValue() * 1000 + e.getKey());
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  private static int count(String line, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == '"') {
        quoted = !quoted;
      } else if (x == c && !quoted) {
        n++;
      }
    }
    return n;
  }
}
