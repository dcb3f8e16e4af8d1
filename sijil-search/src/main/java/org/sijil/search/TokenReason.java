package org.sijil.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a named alternative's name ({@code token|how|term}, {@link Queries}) says: the index of the
 * query token and the reason; and which of a hit's reasons a page shows for each token.
 */
record TokenReason(int token, MatchReason reason) {

  /** Whether {@code name} has the form {@link #of} reads. */
  static boolean parses(String name) {
    String[] parts = name.split("\\|", 3);
    if (parts.length != 3 || parts[0].isEmpty() || !parts[0].chars().allMatch(Character::isDigit)) {
      return false;
    }
    try {
      MatchReason.How.valueOf(parts[1]);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static TokenReason of(String name, List<String> tokens) {
    return Name.of(name).with(tokens);
  }

  /**
   * A name ({@code token|how|term}) read into its parts, which do not depend on the page: kept with
   * the named query ({@link AlternativeNames}), a page makes only its reason of it, not the split
   * strings again.
   *
   * @param text the name as given
   * @param token the index of the query token
   * @param how how the token matched
   * @param term the index term it matched
   */
  record Name(String text, int token, MatchReason.How how, String term) {

    /** The parts of {@code name}, which {@link #parses}. */
    static Name of(String name) {
      String[] parts = name.split("\\|", 3);
      return new Name(
          name, Integer.parseInt(parts[0]), MatchReason.How.valueOf(parts[1]), parts[2]);
    }

    /** The reason this name gives on a page whose query tokens are {@code tokens}. */
    TokenReason with(List<String> tokens) {
      return new TokenReason(token, new MatchReason(tokens.get(token), how, term));
    }
  }

  /**
   * The strongest reason per query token, in token order. Of equals (one token matching two
   * alternatives of one weight) the smallest term wins: the order alternatives are listed in is
   * that of a {@link org.apache.lucene.search.DisjunctionMaxQuery}'s disjuncts, a hash set's, whose
   * hash of a term is seeded per JVM, so the first listed would make a reason change from one run
   * to the next.
   */
  static List<MatchReason> best(List<TokenReason> reasons, int tokens) {
    MatchReason[] best = new MatchReason[tokens];
    for (TokenReason r : reasons) {
      MatchReason prev = best[r.token()];
      if (prev == null || stronger(r.reason(), prev)) {
        best[r.token()] = r.reason();
      }
    }
    List<MatchReason> out = new ArrayList<>(tokens);
    for (MatchReason r : best) {
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The order {@link #best} ranks a token's reasons in, strongest first: by weight, then the
   * smallest term. Two reasons of one token equal in both are equal (each way of matching has its
   * own weight), so whichever of them a hit matches first, {@link #best} shows the same.
   */
  static int strongestFirst(TokenReason a, TokenReason b) {
    int byWeight = Double.compare(b.reason().how().weight(), a.reason().how().weight());
    return byWeight != 0 ? byWeight : a.reason().term().compareTo(b.reason().term());
  }

  private static boolean stronger(MatchReason r, MatchReason than) {
    int byWeight = Double.compare(r.how().weight(), than.how().weight());
    return byWeight > 0 || byWeight == 0 && r.term().compareTo(than.term()) < 0;
  }
}
