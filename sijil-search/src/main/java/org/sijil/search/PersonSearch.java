package org.sijil.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
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
  static final String SCHEMA = "sijil-search-11";

  private static final String USER_SCHEMA = "schema";

  private static final String USER_FINGERPRINT = "fingerprint";

  private static final String USER_STATE = "state";

  /** Committed by {@link #update}: no set of documents has it, so the next sync compares each. */
  private static final String UNKNOWN_FINGERPRINT = "unknown";

  /**
   * Indexing buffer: an eighth of the heap, between these bounds. A larger one means fewer, larger
   * segments while building, so less merging; a million persons need about a gigabyte.
   */
  private static final double MIN_RAM_BUFFER_MB = 64;

  private static final double MAX_RAM_BUFFER_MB = 1024;

  private static final int HEAP_SHARE = 8;

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
    config.setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    // A flushed segment stays as its files: packing them into one compound file copies the whole
    // index once more (read, checksummed and written again) on the writing threads at the end of a
    // build. Merged segments follow the merge policy as before.
    config.setUseCompoundFile(false);
    this.writer = new IndexWriter(directory, config);
    if (!SCHEMA.equals(userData().get(USER_SCHEMA))) {
      writer.deleteAll();
    }
    this.searchers = new SearcherManager(writer, null);
    this.searching = new Searching(analyzer, names, Searching.COUNT_EXACTLY_UP_TO);
  }

  /** The indexing buffer for a heap of {@code maxHeapBytes}. */
  static double ramBufferMb(long maxHeapBytes) {
    double share = maxHeapBytes / (double) HEAP_SHARE / (1024 * 1024);
    return Math.max(MIN_RAM_BUFFER_MB, Math.min(MAX_RAM_BUFFER_MB, share));
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

  /**
   * What a sync did: persons added, replaced (changed), deleted, renumbered (only their register
   * position moved: one doc value rewritten, nothing re-analyzed) and left as they were.
   */
  public record SyncResult(
      boolean upToDate, int added, int replaced, int deleted, int renumbered, int unchanged) {

    /** The result of a sync that found nothing to do over {@code persons}. */
    public static SyncResult upToDate(int persons) {
      return new SyncResult(true, 0, 0, 0, 0, persons);
    }
  }

  /** Makes the index hold exactly {@code documents} (see {@link #sync(Collection, String)}). */
  public SyncResult sync(Collection<SearchDocument> documents) {
    return sync(documents, "");
  }

  /**
   * Makes the index hold exactly {@code documents}: adds new persons, replaces changed ones,
   * renumbers moved ones, deletes persons no longer given, and commits with {@code state}, a token
   * of the source the documents came from that {@link #state()} returns from then on (the register
   * layer stores its version there, so a start-up can skip building documents at all). When the
   * index was last synced with the same documents (same fingerprint of all of them) nothing is read
   * or written but a new state.
   */
  public synchronized SyncResult sync(Collection<SearchDocument> documents, String state) {
    try {
      // The fast path reads nothing but one fingerprint per person: a start-up with an up-to-date
      // index builds no map and touches no document.
      List<SearchDocument> docs = List.copyOf(documents);
      long[] fps = new long[docs.size()];
      java.util.stream.IntStream.range(0, fps.length)
          .parallel()
          .forEach(i -> fps[i] = docs.get(i).fingerprint());
      long all = 0x9E3779B97F4A7C15L;
      for (int i = 0; i < fps.length; i++) {
        all = (all * 31 + fps[i]) * 31 + docs.get(i).order();
      }
      String fingerprint = Long.toHexString(all) + ":" + documents.size();
      Map<String, String> committed = userData();
      if (SCHEMA.equals(committed.get(USER_SCHEMA))
          && fingerprint.equals(committed.get(USER_FINGERPRINT))) {
        if (!state.equals(committed.get(USER_STATE))) {
          commit(fingerprint, state);
        }
        return SyncResult.upToDate(documents.size());
      }
      Map<String, Long> wanted = new HashMap<>(documents.size() * 2);
      int at = 0;
      for (SearchDocument d : documents) {
        if (wanted.put(d.id(), fps[at++]) != null) {
          throw new IllegalArgumentException(
              "duplicate person id in the search documents: " + d.id());
        }
      }
      Map<String, long[]> present = indexed();
      int[] toWrite = new int[docs.size()]; // positions in docs and fps
      int writing = 0;
      int added = 0;
      int replaced = 0;
      int renumbered = 0;
      for (int i = 0; i < fps.length; i++) {
        SearchDocument d = docs.get(i);
        long[] had = present.get(d.id());
        if (had == null) {
          added++;
          toWrite[writing++] = i;
        } else if (had[0] != fps[i]) {
          replaced++;
          toWrite[writing++] = i;
        } else if (had[1] != d.order()) {
          renumbered++;
          writer.updateNumericDocValue(new Term(Fields.ID, d.id()), Fields.ORDER, d.order());
        }
      }
      int deleted = 0;
      for (String id : present.keySet()) {
        if (!wanted.containsKey(id)) {
          writer.deleteDocuments(new Term(Fields.ID, id));
          deleted++;
        }
      }
      write(docs, fps, java.util.Arrays.copyOf(toWrite, writing), present);
      commit(fingerprint, state);
      return new SyncResult(
          false,
          added,
          replaced,
          deleted,
          renumbered,
          documents.size() - added - replaced - renumbered);
    } catch (IOException e) {
      throw new UncheckedIOException("search index update failed: " + e.getMessage(), e);
    }
  }

  /**
   * A few persons changed (analysts' amendments): {@code replaced} documents are written in place
   * of the documents with their ids (added when absent), {@code deleted} ids removed, {@code
   * renumbered} ids given a new register position, all committed at once with {@code state} and
   * seen by the next search (near-real-time: the searcher is reopened, not the index).
   *
   * <p>The fingerprint of the whole set is not known here, so the one committed matches no set: the
   * next {@link #sync} compares person by person, which is exact.
   */
  public synchronized SyncResult update(
      Collection<SearchDocument> replaced,
      Collection<String> deleted,
      Map<String, Long> renumbered,
      String state) {
    try {
      for (String id : deleted) {
        writer.deleteDocuments(new Term(Fields.ID, id));
      }
      for (Map.Entry<String, Long> e : renumbered.entrySet()) {
        writer.updateNumericDocValue(new Term(Fields.ID, e.getKey()), Fields.ORDER, e.getValue());
      }
      for (SearchDocument d : replaced) {
        writer.updateDocument(new Term(Fields.ID, d.id()), Documents.of(d, names, facets));
      }
      commit(UNKNOWN_FINGERPRINT, state);
      int size = size();
      return new SyncResult(
          false,
          0,
          replaced.size(),
          deleted.size(),
          renumbered.size(),
          size - replaced.size() - renumbered.size());
    } catch (IOException e) {
      throw new UncheckedIOException("search index update failed: " + e.getMessage(), e);
    }
  }

  private void commit(String fingerprint, String state) throws IOException {
    writer.setLiveCommitData(
        Map.of(USER_SCHEMA, SCHEMA, USER_FINGERPRINT, fingerprint, USER_STATE, state).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * The state token the index was last synced with ({@link #sync(Collection, String)}); empty when
   * it never was, or when it was built with another schema (it will be rebuilt).
   */
  public String state() {
    try {
      Map<String, String> committed = userData();
      return SCHEMA.equals(committed.get(USER_SCHEMA))
          ? committed.getOrDefault(USER_STATE, "")
          : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Analyzes and writes the documents at {@code positions} of {@code docs}, each with its
   * fingerprint in {@code fps}, in parallel (analysis is the costly part; IndexWriter is
   * thread-safe).
   */
  private void write(
      List<SearchDocument> docs, long[] fps, int[] positions, Map<String, long[]> present) {
    java.util.Arrays.stream(positions)
        .parallel()
        .forEach(
            i -> {
              SearchDocument d = docs.get(i);
              try {
                var doc = Documents.of(d, fps[i], names, facets);
                if (present.containsKey(d.id())) {
                  writer.updateDocument(new Term(Fields.ID, d.id()), doc);
                } else {
                  writer.addDocument(doc);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    flushOnEveryThread();
  }

  /**
   * Flushes the writing threads' last buffers at once, one per thread: the commit would flush them
   * one after another on its own thread, which left a core idle for a tenth of a 1M build. Each
   * call of {@link IndexWriter#flushNextBuffer} takes a buffer no other thread is flushing; the
   * segments are the ones the commit would have written.
   */
  private void flushOnEveryThread() {
    java.util.stream.IntStream.range(0, ForkJoinPool.getCommonPoolParallelism() + 1)
        .parallel()
        .forEach(
            i -> {
              try {
                while (writer.flushNextBuffer()) {
                  // until no buffer holds documents
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Person id → {fingerprint, order} of every live document. */
  private Map<String, long[]> indexed() throws IOException {
    Map<String, long[]> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
        NumericDocValues fps = leaf.reader().getNumericDocValues(Fields.FINGERPRINT);
        NumericDocValues orders = leaf.reader().getNumericDocValues(Fields.ORDER);
        Bits live = leaf.reader().getLiveDocs();
        if (ids == null || fps == null || orders == null) {
          continue;
        }
        for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
          if ((live == null || live.get(doc)) && fps.advanceExact(doc)) {
            long order = orders.advanceExact(doc) ? orders.longValue() : -1;
            out.put(
                ids.lookupOrd(ids.ordValue()).utf8ToString(), new long[] {fps.longValue(), order});
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

  /** One page of hits for a request, each hit with its stored view ({@link SearchHit#shown}). */
  public SearchPage search(SearchRequest request) {
    return withSearcher(s -> searching.page(s, request, true));
  }

  /**
   * One page of hits as {@link #search} gives it but without stored views ({@link SearchHit#shown}
   * null): for callers that hold the persons in memory and find them by {@link SearchHit#order}.
   * Reading a view decompresses the block of stored documents around it, a tenth of a cheap
   * search's CPU.
   */
  public SearchPage searchWithoutViews(SearchRequest request) {
    return withSearcher(s -> searching.page(s, request, false));
  }

  /** One page as {@link #search} gives it, with hits counted exactly up to {@code countUpTo}. */
  SearchPage search(SearchRequest request, int countUpTo) {
    Searching counting = new Searching(analyzer, names, countUpTo);
    return withSearcher(s -> counting.page(s, request));
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
