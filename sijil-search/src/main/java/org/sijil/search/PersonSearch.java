package org.sijil.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The person index: one Lucene index in a directory (or in memory), brought up to date by {@link
 * #sync} and searched by {@link #search}. Thread-safe; searches run in parallel with a sync and see
 * its result once it is committed. One instance per directory (Lucene's write lock enforces it).
 */
public final class PersonSearch implements AutoCloseable {

  /** Bumped whenever analysis or fields change: an index of another schema is rebuilt. */
  static final String SCHEMA = "sijil-search-3";

  private static final String USER_SCHEMA = "schema";

  private static final String USER_FINGERPRINT = "fingerprint";

  /** Indexing buffer; a larger one means fewer, larger segments while building. */
  private static final double RAM_BUFFER_MB = 256;

  private final Directory directory;
  private final NameAnalyzer analyzer = new NameAnalyzer();
  private final FacetsConfig facets = Documents.facetsConfig();
  private final NameTerms names = new NameTerms();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Searching searching;

  private PersonSearch(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    if (!SCHEMA.equals(userData().get(USER_SCHEMA))) {
      writer.deleteAll();
    }
    this.searchers = new SearcherManager(writer, null);
    this.searching = new Searching(analyzer, names);
  }

  /** Opens (creating when absent) the index in {@code dir}. */
  public static PersonSearch open(Path dir) {
    try {
      return new PersonSearch(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the search index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A new empty index in memory (tests, demos, small registers). */
  public static PersonSearch inMemory() {
    try {
      return new PersonSearch(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a sync did. */
  public record SyncResult(boolean upToDate, int added, int replaced, int deleted, int unchanged) {}

  /**
   * Makes the index hold exactly {@code documents}: adds new persons, replaces changed ones,
   * deletes persons no longer given, and commits. When the index was last synced with the same
   * documents (same fingerprint of all of them) nothing is read or written.
   */
  public synchronized SyncResult sync(Collection<SearchDocument> documents) {
    try {
      // The fast path reads nothing but one fingerprint per person: a start-up with an up-to-date
      // index builds no map and touches no document.
      long[] fps = new long[documents.size()];
      long all = 0x9E3779B97F4A7C15L;
      int at = 0;
      for (SearchDocument d : documents) {
        fps[at] = d.fingerprint();
        all = all * 31 + fps[at++];
      }
      String fingerprint = Long.toHexString(all) + ":" + documents.size();
      Map<String, String> committed = userData();
      if (SCHEMA.equals(committed.get(USER_SCHEMA))
          && fingerprint.equals(committed.get(USER_FINGERPRINT))) {
        return new SyncResult(true, 0, 0, 0, documents.size());
      }
      Map<String, Long> wanted = new HashMap<>(documents.size() * 2);
      at = 0;
      for (SearchDocument d : documents) {
        if (wanted.put(d.id(), fps[at++]) != null) {
          throw new IllegalArgumentException(
              "duplicate person id in the search documents: " + d.id());
        }
      }
      Map<String, Long> present = indexed();
      List<SearchDocument> toWrite = new ArrayList<>();
      int added = 0;
      int replaced = 0;
      for (SearchDocument d : documents) {
        Long had = present.get(d.id());
        if (had == null) {
          added++;
          toWrite.add(d);
        } else if (had.longValue() != wanted.get(d.id()).longValue()) {
          replaced++;
          toWrite.add(d);
        }
      }
      int deleted = 0;
      for (String id : present.keySet()) {
        if (!wanted.containsKey(id)) {
          writer.deleteDocuments(new Term(Fields.ID, id));
          deleted++;
        }
      }
      write(toWrite, present);
      writer.setLiveCommitData(
          Map.of(USER_SCHEMA, SCHEMA, USER_FINGERPRINT, fingerprint).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
      return new SyncResult(false, added, replaced, deleted, documents.size() - added - replaced);
    } catch (IOException e) {
      throw new UncheckedIOException("search index update failed: " + e.getMessage(), e);
    }
  }

  /**
   * Analyzes and writes documents in parallel (analysis is the costly part; IndexWriter is
   * thread-safe).
   */
  private void write(List<SearchDocument> docs, Map<String, Long> present) {
    docs.parallelStream()
        .forEach(
            d -> {
              try {
                var doc = Documents.of(d, names, facets);
                if (present.containsKey(d.id())) {
                  writer.updateDocument(new Term(Fields.ID, d.id()), doc);
                } else {
                  writer.addDocument(doc);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Person id → fingerprint of every live document. */
  private Map<String, Long> indexed() throws IOException {
    Map<String, Long> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
        NumericDocValues fps = leaf.reader().getNumericDocValues(Fields.FINGERPRINT);
        Bits live = leaf.reader().getLiveDocs();
        if (ids == null || fps == null) {
          continue;
        }
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc)) && fps.advanceExact(doc)) {
            out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), fps.longValue());
          }
        }
      }
    }
    return out;
  }

  private Map<String, String> userData() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
  }

  /** One page of hits for a request. */
  public SearchPage search(SearchRequest request) {
    return withSearcher(s -> searching.page(s, request));
  }

  /**
   * The register order ({@link SearchDocument#order}) of every hit, best first (register order when
   * the request has no text): for downloads and lists that show every match. Paging is ignored.
   */
  public long[] allOrders(SearchRequest request) {
    return withSearcher(s -> searching.all(s, request));
  }

  /** Persons in the index. */
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** Bytes the index takes in its directory. */
  public long sizeOnDisk() {
    try {
      long total = 0;
      for (String f : directory.listAll()) {
        total += directory.fileLength(f);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface SearcherFunction<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> f) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return f.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.rollback(); // everything wanted is committed by sync; nothing half-done is kept
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
