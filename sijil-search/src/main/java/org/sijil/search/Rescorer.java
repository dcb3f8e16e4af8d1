package org.sijil.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.NumericUtils;
import org.sijil.core.names.ComparableName;
import org.sijil.core.names.ComparableNames;
import org.sijil.core.names.NameChain;
import org.sijil.core.names.NameParser;
import org.sijil.core.names.NameSimilarity;
import org.sijil.core.names.ParsedName;

/**
 * Re-ranks the top hits of a name query by the name engine's similarity of the whole name (in
 * either script, across scripts) to the query: term matches say which tokens agree, the similarity
 * tells apart the many persons that tie on them (a common name, a phonetic key). The final score is
 * {@code (1 - SIMILARITY_SHARE) × token score + SIMILARITY_SHARE × similarity}, so the token tiers
 * (full chain, missing one, typos) still dominate. A person whose name has the query's tokens out
 * of order ({@link TokenOrder}) loses {@link #OUT_OF_ORDER_PENALTY} of token score: less than one
 * token's worth in queries of up to four tokens, so three of four in order rank above them, and
 * four of four out of order still above three of four.
 *
 * <p>The query's names are prepared once per request and each shown name once per instance (up to
 * {@link #CACHE_LIMIT} names): common names come back in the top hits of request after request. A
 * name not kept is made from its tokens' kept forms ({@link #TOKEN_LIMIT} tokens). A hit met before
 * holds its names and their forms ({@link KeptNames}, by doc id): neither read from doc values nor
 * looked up by the whole name again.
 */
final class Rescorer {

  /** Top hits re-ranked at least (more when the page asked for reaches further). */
  static final int WINDOW = 40;

  static final double SIMILARITY_SHARE = 0.15;

  /** Token score (in [0,1]) taken from a person whose name has the query's tokens out of order. */
  static final double OUT_OF_ORDER_PENALTY = 0.1;

  /** Shown names whose parsed forms are kept, per kind. */
  static final int CACHE_LIMIT = 50_000;

  /**
   * Distinct tokens whose comparable forms are kept: a page at 1M meets names the name caches have
   * not seen, but rarely tokens ({@link ComparableNames}).
   */
  static final int TOKEN_LIMIT = 200_000;

  private final NameTerms names;
  private final ComparableNames comparable = new ComparableNames(TOKEN_LIMIT);
  private final Map<String, ComparableName> arabicOfChains = new ConcurrentHashMap<>();
  private final Map<String, ComparableName> arabicNames = new ConcurrentHashMap<>();
  private final Map<String, ComparableName> latinNames = new ConcurrentHashMap<>();

  /**
   * The tokens of a shown Arabic name with the forms {@link TokenOrder} places query tokens by:
   * made again for every hit before (a new set per token), where keeping them costs one look-up.
   */
  private final Map<String, List<TokenOrder.Token>> arabicOrderForms = new ConcurrentHashMap<>();

  /**
   * The same for shown Latin names, read when the Arabic name has the query out of order: made for
   * every such hit before (a normalized token list and a form set per token), the largest part of
   * the re-ranking's heap left at 1M persons.
   */
  private final Map<String, List<TokenOrder.Token>> latinOrderForms = new ConcurrentHashMap<>();

  /** The shown names of hits met before, by doc id, with the forms made of them. */
  private final KeptNames kept = new KeptNames();

  Rescorer(NameTerms names) {
    this.names = names;
  }

  /**
   * Re-ranks {@code docs} (scores already normalized to [0,1]) by the combined score, in place:
   * each hit's score is replaced by its combined score and the array sorted, so a page makes no
   * second array of hits and one new hit per place, not two (the caller's hits are the page's own,
   * {@link Searching#page}).
   */
  ScoreDoc[] rescore(IndexSearcher s, ScoreDoc[] docs, String query) throws IOException {
    boolean arabic = NameTerms.isArabic(query);
    // The query parsed once: its chain serves the chain comparison, the cross-script one (the same
    // name unless the query has aliases in parentheses) and the order of its tokens.
    ParsedName parsed = arabic ? NameParser.parseFull(query) : null;
    // What NameSimilarity.chain, crossScript and latin would build from the query for every hit.
    ComparableName queryOfChain = arabic ? comparable.of(parsed.chain()) : null;
    ComparableName queryArabic = arabic ? withAliases(queryOfChain, parsed, query) : null;
    ComparableName queryLatin = arabic ? null : comparable.latin(query);
    TokenOrder order =
        arabic ? new TokenOrder(parsed.chain(), names) : new TokenOrder(query, names);
    KeptNames.Shown[] shown = kept.of(s, docs);
    LastParse parse = new LastParse();
    for (int i = 0; i < docs.length; i++) {
      KeptNames.Shown hit = shown[i];
      ComparableName enName = hit.latin == null ? null : latin(hit);
      double sim = 0;
      if (arabic) {
        if (hit.arabic != null) {
          sim = NameSimilarity.chain(queryOfChain, ofChain(hit, parse));
        }
        if (enName != null) {
          sim = Math.max(sim, NameSimilarity.chain(queryArabic, enName));
        }
      } else {
        if (enName != null) {
          sim = NameSimilarity.chain(queryLatin, enName);
        }
        if (hit.arabic != null) {
          sim = Math.max(sim, NameSimilarity.chain(arabicName(hit), queryLatin));
        }
      }
      double tokens = docs[i].score;
      if (!inOrder(order, hit, parse)) {
        tokens = Math.max(0, tokens - OUT_OF_ORDER_PENALTY);
      }
      docs[i].score = (float) ((1 - SIMILARITY_SHARE) * tokens + SIMILARITY_SHARE * sim);
    }
    return byScoreThenDoc(docs);
  }

  /**
   * The query as {@link ComparableNames#arabic} makes it: that is {@code ofChain} itself when the
   * query has no aliases ({@link NameParser#parse} is {@code parseFull}'s chain), else made anew.
   */
  private ComparableName withAliases(ComparableName ofChain, ParsedName parsed, String query) {
    return parsed.aliases().isEmpty() ? ofChain : comparable.arabic(query);
  }

  /**
   * The person ids and register orders of {@code docs}: kept with the hits this instance keeps,
   * read from doc values for the others.
   */
  HitKeys keys(IndexSearcher s, int[] docs) throws IOException {
    return HitKeys.of(s.getIndexReader().leaves(), docs, kept.keptOf(s, docs));
  }

  /**
   * Sorts hits by score, highest first, then by doc id: one primitive sort of packed keys (the
   * score's sortable bits, inverted, above the doc id) instead of {@code Arrays.sort} with a
   * comparator, whose shared java.util.TimSort the JIT kept recompiling as different array types
   * and comparators met there (docs/benchmarks.md, "Session 15, h-jit"). The same order as {@code
   * Float.compare} gives, so the same pages. Into the same array, with new hits: the caller's hit
   * objects may be shared with other arrays ({@code HitOrderTest} sorts a copy), so they are not
   * changed.
   */
  static ScoreDoc[] byScoreThenDoc(ScoreDoc[] docs) {
    long[] keys = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      int descending = ~NumericUtils.floatToSortableInt(docs[i].score);
      keys[i] = (long) descending << 32 | (docs[i].doc & 0xFFFF_FFFFL);
    }
    Arrays.sort(keys);
    for (int i = 0; i < keys.length; i++) {
      float score = NumericUtils.sortableIntToFloat(~(int) (keys[i] >> 32));
      docs[i] = new ScoreDoc((int) keys[i], score);
    }
    return docs;
  }

  /** Whether the query's tokens come in order in the hit's names (always, for one token). */
  private boolean inOrder(TokenOrder order, KeptNames.Shown hit, LastParse parse) {
    if (!order.ordered()) {
      return true;
    }
    if (hit.arabicScript) {
      return order.inOrderOf(arabicOrder(order, hit, parse))
          || hit.latin != null && order.inOrderOf(latinOrder(order, hit));
    }
    return order.inOrder(hit.arabic, hit.latin);
  }

  // Each form is read from the hit when kept there, else from the cache by name, and kept there.

  private List<TokenOrder.Token> arabicOrder(
      TokenOrder order, KeptNames.Shown hit, LastParse parse) {
    List<TokenOrder.Token> v = hit.arabicOrder;
    if (v == null) {
      v = cached(arabicOrderForms, hit.arabic, a -> order.arabicForms(parse.of(a)));
      hit.arabicOrder = v;
    }
    return v;
  }

  private List<TokenOrder.Token> latinOrder(TokenOrder order, KeptNames.Shown hit) {
    List<TokenOrder.Token> v = hit.latinOrder;
    if (v == null) {
      v = cached(latinOrderForms, hit.latin, order::formsOf);
      hit.latinOrder = v;
    }
    return v;
  }

  private ComparableName ofChain(KeptNames.Shown hit, LastParse parse) {
    ComparableName v = hit.arabicChain;
    if (v == null) {
      v = cached(arabicOfChains, hit.arabic, a -> comparable.of(parse.of(a)));
      hit.arabicChain = v;
    }
    return v;
  }

  private ComparableName arabicName(KeptNames.Shown hit) {
    ComparableName v = hit.arabicName;
    if (v == null) {
      v = cached(arabicNames, hit.arabic, comparable::arabic);
      hit.arabicName = v;
    }
    return v;
  }

  private ComparableName latin(KeptNames.Shown hit) {
    ComparableName v = hit.latinName;
    if (v == null) {
      v = cached(latinNames, hit.latin, comparable::latin);
      hit.latinName = v;
    }
    return v;
  }

  /**
   * The last Arabic name a page parsed: a hit whose forms are not kept needs its name's chain for
   * the chain comparison and again for the order of its tokens, and parsing it was a fifth of what
   * making those forms cost (docs/benchmarks.md "Session 25, h-order").
   */
  private static final class LastParse {
    private String name;
    private NameChain chain;

    NameChain of(String arabic) {
      if (!arabic.equals(name)) {
        chain = NameParser.parse(arabic);
        name = arabic;
      }
      return chain;
    }
  }

  private static <T> T cached(Map<String, T> cache, String name, Function<String, T> make) {
    T v = cache.get(name);
    if (v == null) {
      v = make.apply(name);
      if (cache.size() < CACHE_LIMIT) {
        cache.put(name, v);
      }
    }
    return v;
  }
}
