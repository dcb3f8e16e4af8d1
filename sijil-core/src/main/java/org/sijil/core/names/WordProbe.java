package org.sijil.core.names;

/**
 * A word of a name looked up in a map of words without copying it out: the range [from, to) of a
 * text, equal to a {@link String} of the same chars and hashed as that string is. A million names
 * hold four million words; a substring per word, only to find it among a few thousand distinct
 * ones, was a tenth of the bytes the name columns allocated. {@link
 * java.util.concurrent.ConcurrentHashMap#get} compares by {@code probe.equals(storedKey)}, so the
 * stored keys stay strings. Not a key to store: it is mutable and equal to strings only.
 */
final class WordProbe {

  private String text;
  private int from;
  private int length;
  private int hash;

  /** Points the probe at {@code text}'s chars [from, to); returns it. */
  WordProbe at(String text, int from, int to) {
    this.text = text;
    this.from = from;
    this.length = to - from;
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    this.hash = h;
    return this;
  }

  /** The word as a string of its own, to store. */
  String word() {
    return text.substring(from, from + length);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof String s && s.length() == length && s.regionMatches(0, text, from, length);
  }
}
