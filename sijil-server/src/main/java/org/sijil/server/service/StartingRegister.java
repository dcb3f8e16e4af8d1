package org.sijil.server.service;

import java.util.List;
import java.util.Map;
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
import org.sijil.server.model.SourceName;

/**
 * What a server can answer while its register is still being read into memory ({@link
 * ReloadableRegister#loadingInBackground(Supplier, StartingRegister)}): search from a persisted
 * index that is up to date with the register (every hit from its stored view, {@link
 * ShownPersons}), the releases, the sources' display names (a small table read at start, so the
 * pages answered early name sources as the loaded register will), and persons read one at a time
 * from the register. Each part is optional; what is missing waits for the register as before.
 *
 * @param index the up-to-date index to search, or null when it is stale or missing (search then
 *     waits for the register, which rebuilds it)
 * @param releases the register's releases, or null
 * @param person a person by id read from the register, or null
 * @param sourceNames the sources' display names by code as read at start, or null
 */
public record StartingRegister(
    PersonSearch index,
    Supplier<List<Release>> releases,
    Function<String, Optional<Person>> person,
    Map<String, SourceName> sourceNames) {

  /** Nothing is answered before the register is loaded. */
  public static final StartingRegister NONE = new StartingRegister(null, null, null, null);

  public StartingRegister {
    sourceNames = sourceNames == null ? null : Map.copyOf(sourceNames);
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
