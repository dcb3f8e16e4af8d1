package org.sijil.server.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sijil.search.PersonSearch;
import org.sijil.search.SearchHit;
import org.sijil.search.SearchPage;
import org.sijil.server.model.Person;
import org.sijil.server.model.Release;
import org.sijil.server.model.SearchQuery;
import org.sijil.server.model.SearchResult;

/**
 * What a server can answer while its register is still being read into memory ({@link
 * ReloadableRegister#loadingInBackground(Supplier, StartingRegister)}): search from a persisted
 * index that is up to date with the register (every hit from its stored view, {@link
 * ShownPersons}), the releases, and persons read one at a time from the register. Each part is
 * optional; what is missing waits for the register as before.
 *
 * @param index the up-to-date index to search, or null when it is stale or missing (search then
 *     waits for the register, which rebuilds it)
 * @param releases the register's releases, or null
 * @param person a person by id read from the register, or null
 * @param sourceNames the sources' display names, or null
 */
public record StartingRegister(
    PersonSearch index,
    Supplier<List<Release>> releases,
    Function<String, Optional<Person>> person,
    Supplier<java.util.Map<String, org.sijil.server.model.SourceName>> sourceNames) {

  /** Nothing is answered before the register is loaded. */
  public static final StartingRegister NONE = new StartingRegister(null, null, null, null);

  /**
   * True when some part is answered before the load; what is not (statistics, memorial, downloads)
   * then says the register is loading rather than wait for it.
   */
  public boolean answersBeforeLoad() {
    return index != null || releases != null || person != null;
  }

  /**
   * Queries searched once before the register is read ({@link #warmUp}): a word in each script (the
   * project's name, سجل "register"), so the analysis of both scripts, the Lucene query, fuzzy
   * terms, re-ranking and suggestions are loaded and run once. They are not names a reader is
   * likely to search first, so no reader's hits are cached by them.
   */
  public static final List<String> WARM_UP_QUERIES = List.of("سجل", "sijil");

  /**
   * Searches {@link #WARM_UP_QUERIES} once when search is answered before the load, and returns how
   * many were searched: the first reader's search then does not pay for loading and first running
   * the search path, which otherwise comes after the server starts and competes with the register's
   * read (issue 14: ready ≤ 3 s). A failure is left for the real search to report.
   */
  public int warmUp() {
    if (index == null) {
      return 0;
    }
    int searched = 0;
    for (String q : WARM_UP_QUERIES) {
      try {
        search(
            new SearchQuery(q, null, null, null, null, null, null, null, null, null, 0, 20, true));
        searched++;
      } catch (RuntimeException e) {
        return searched;
      }
    }
    return searched;
  }

  /** True when search can be answered now. */
  public boolean searches() {
    return index != null;
  }

  /** One page of hits from the index alone (scores, reasons and facets as the loaded register). */
  public SearchResult search(SearchQuery q) {
    return search(index, q);
  }

  /**
   * One page of hits from {@code index} alone: each hit's person is made from its stored view; a
   * hit without one (an index written before views were stored) is left out.
   */
  public static SearchResult search(PersonSearch index, SearchQuery q) {
    SearchPage page = index.search(InMemoryRegister.request(q, q.offset(), q.limit(), q.facets()));
    List<SearchResult.Hit> hits = new java.util.ArrayList<>(page.hits().size());
    for (SearchHit h : page.hits()) {
      if (h.shown() != null) {
        Person p = ShownPersons.toPerson(org.sijil.app.search.ShownPerson.decode(h.shown()));
        hits.add(new SearchResult.Hit(p, h.score(), h.reasons()));
      }
    }
    return new SearchResult(
        page.total(),
        page.totalExact(),
        q.offset(),
        q.limit(),
        hits,
        page.facets(),
        page.suggestions());
  }
}
