package org.sijil.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sijil.core.names.LatinNormalizer;
import org.sijil.core.names.NameChain;
import org.sijil.core.names.NameKeys;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameToken;

/**
 * Whether a query's tokens come in the order of a person's name chain. A chain is given name,
 * father, grandfather, family: a query missing one part (the grandfather, usually) still lists the
 * others in that order, while the same tokens in another order are more often another person
 * ({@code محمد احمد} is not {@code احمد محمد}). Rules:
 *
 * <ul>
 *   <li>A query token is placed at the first token of the name written the same, else at the first
 *       that shares a form with it: its consonant skeleton or a {@link CrossKeys} key (so across
 *       scripts too).
 *   <li>The placed tokens are in order when their places increase; tokens placed nowhere (a typo, a
 *       name the person lacks) are left out.
 *   <li>The family name written first ({@code Hassan Ali} for {@code Ali … Hassan}) is in order
 *       too: the query's first token moved to its end must then be in order.
 *   <li>A name is in order when either of the person's shown names (Arabic, Latin) has it in order.
 * </ul>
 *
 * <p>An instance serves one page (one thread): what each name token says of the query's tokens is
 * worked out once per distinct token and kept ({@link Placing}), since the window's persons share a
 * few common tokens ({@code محمد}, {@code Ahmed}) and placing each query token by its forms against
 * every name token was a quarter of the re-ranking (docs/benchmarks.md "Session 24, h-rescore").
 */
final class TokenOrder {

  /** One token of a name: as written (normalized) and its other forms. */
  record Token(String text, Set<String> forms) {}

  private final List<Token> query;

  /**
   * What one name token says of the query's tokens: which are written as it (bit i for query token
   * i), and, worked out only when a place needs it, which share a form with it.
   */
  private static final class Placing {
    final String text;
    final long written;
    long asked;
    long sharing;

    Placing(String text, long written) {
      this.text = text;
      this.written = written;
    }
  }

  /**
   * Placings by the name token's forms, by identity: a kept token's forms are one set per text
   * ({@link NameTerms}), and the text is checked too.
   */
  private final Map<Set<String>, Placing> placings = new IdentityHashMap<>();

  /** Where the forms of name tokens come from: kept by a {@link NameTerms}, or computed. */
  private final NameTerms names;

  /**
   * Each query token's place in the name being placed, and the placings of that name's tokens:
   * reused from name to name (an instance serves one page on one thread), where two small arrays
   * were made for every hit.
   */
  private final int[] placed;

  private Placing[] nameTokens = new Placing[8];

  /** The forms of each query token. */
  TokenOrder(String queryText) {
    this(queryText, null);
  }

  /** As {@link #TokenOrder(String)}, taking the forms of tokens from {@code names} (kept there). */
  TokenOrder(String queryText, NameTerms names) {
    this.names = names;
    this.query = forms(queryText);
    this.placed = new int[query.size()];
  }

  /**
   * As {@link #TokenOrder(String, NameTerms)} for an Arabic query its caller has parsed already
   * ({@link NameParser#parse} of the text): the same tokens and forms, without parsing it again.
   */
  TokenOrder(NameChain arabicQuery, NameTerms names) {
    this.names = names;
    this.query = arabicForms(arabicQuery);
    this.placed = new int[query.size()];
  }

  /**
   * True when the query's tokens come in order in {@code arabic} or {@code latin} (either null).
   */
  boolean inOrder(String arabic, String latin) {
    if (query.size() < 2) {
      return true;
    }
    return (arabic != null && inOrder(forms(arabic))) || (latin != null && inOrder(forms(latin)));
  }

  /**
   * Whether the query's tokens come in order in one name whose tokens and forms are already made
   * ({@link #arabicForms}, {@link #formsOf}): a caller seeing a name again keeps them.
   */
  boolean inOrderOf(List<Token> name) {
    return !ordered() || inOrder(name);
  }

  /** False when the query has one token: every name has it in order. */
  boolean ordered() {
    return query.size() >= 2;
  }

  private boolean inOrder(List<Token> name) {
    int[] at = query.size() <= Long.SIZE ? places(name) : placesOneByOne(name);
    return increasing(at, 0) || increasing(at, 1);
  }

  /** Each query token's place in {@code name}, token by token (a query of over 64 tokens). */
  private int[] placesOneByOne(List<Token> name) {
    int[] at = new int[query.size()];
    for (int i = 0; i < query.size(); i++) {
      at[i] = place(query.get(i), name);
    }
    return at;
  }

  /**
   * Each query token's place in {@code name}, as {@link #place} gives it: the first name token
   * written the same, else the first sharing a form, else -1.
   */
  private int[] places(List<Token> name) {
    int n = name.size();
    if (nameTokens.length < n) {
      nameTokens = new Placing[Math.max(n, 2 * nameTokens.length)];
    }
    for (int j = 0; j < n; j++) {
      nameTokens[j] = placing(name.get(j));
    }
    for (int i = 0; i < placed.length; i++) {
      placed[i] = firstWritten(nameTokens, n, i);
      if (placed[i] < 0) {
        placed[i] = firstSharing(nameTokens, name, i);
      }
    }
    return placed;
  }

  private static int firstWritten(Placing[] tokens, int n, int i) {
    for (int j = 0; j < n; j++) {
      if ((tokens[j].written & 1L << i) != 0) {
        return j;
      }
    }
    return -1;
  }

  private int firstSharing(Placing[] tokens, List<Token> name, int i) {
    long bit = 1L << i;
    for (int j = 0; j < name.size(); j++) {
      Placing p = tokens[j];
      if ((p.asked & bit) == 0) {
        p.asked |= bit;
        if (sharesForm(query.get(i), name.get(j))) {
          p.sharing |= bit;
        }
      }
      if ((p.sharing & bit) != 0) {
        return j;
      }
    }
    return -1;
  }

  private static boolean sharesForm(Token q, Token nameToken) {
    for (String f : q.forms()) {
      if (nameToken.forms().contains(f)) {
        return true;
      }
    }
    return false;
  }

  private Placing placing(Token nameToken) {
    Placing p = placings.get(nameToken.forms());
    if (p != null && p.text.equals(nameToken.text())) {
      return p;
    }
    long written = 0;
    for (int i = 0; i < query.size(); i++) {
      if (query.get(i).text().equals(nameToken.text())) {
        written |= 1L << i;
      }
    }
    p = new Placing(nameToken.text(), written);
    placings.put(nameToken.forms(), p);
    return p;
  }

  /** Whether the places increase, reading from {@code start} round to {@code start - 1}. */
  private static boolean increasing(int[] at, int start) {
    int last = -1;
    for (int k = 0; k < at.length; k++) {
      int p = at[(start + k) % at.length];
      if (p < 0) {
        continue;
      }
      if (p <= last) {
        return false;
      }
      last = p;
    }
    return true;
  }

  private static int place(Token token, List<Token> name) {
    for (int j = 0; j < name.size(); j++) {
      if (name.get(j).text().equals(token.text())) {
        return j;
      }
    }
    for (int j = 0; j < name.size(); j++) {
      for (String f : token.forms()) {
        if (name.get(j).forms().contains(f)) {
          return j;
        }
      }
    }
    return -1;
  }

  /** Each token of a name with its forms, in either script: for a caller that keeps them. */
  List<Token> formsOf(String name) {
    return forms(name);
  }

  /** Each token of a name with its forms, in either script. */
  private List<Token> forms(String name) {
    if (NameTerms.isArabic(name)) {
      return arabicForms(NameParser.parse(name));
    }
    List<Token> out = new ArrayList<>();
    for (String t : LatinNormalizer.tokens(name)) {
      out.add(new Token(t, names == null ? CrossKeys.latin(t) : names.latinOrderForms(t)));
    }
    return out;
  }

  /** Each token of a parsed Arabic name with its forms. */
  List<Token> arabicForms(NameChain chain) {
    List<Token> out = new ArrayList<>();
    for (NameToken t : chain.tokens()) {
      Set<String> f;
      if (names == null) {
        f = new HashSet<>(CrossKeys.arabic(t.text()));
        f.add(NameKeys.tokenSkeleton(t.text()));
      } else {
        f = names.arabicOrderForms(t.text());
      }
      out.add(new Token(t.text(), f));
    }
    return out;
  }
}
