package org.sijil.search;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A reader that counts the work queries do in its term dictionaries and postings, per field: terms
 * looked up, postings lists opened, and postings advanced ({@code nextDoc} and {@code advance}
 * calls). These counts do not depend on the machine's load, so two versions of the query code can
 * be compared on a busy machine. Caching is off (no cache helpers), so every query does its own
 * work. Not thread-safe: one query at a time.
 */
final class CountingReader extends FilterDirectoryReader {

  /** Counts of one field. */
  static final class Counts {
    long seeks;
    long lists;
    long advances;

    void add(Counts o) {
      seeks += o.seeks;
      lists += o.lists;
      advances += o.advances;
    }
  }

  private final Map<String, Counts> byField;

  CountingReader(DirectoryReader in) throws IOException {
    this(in, new TreeMap<>());
  }

  private CountingReader(DirectoryReader in, Map<String, Counts> byField) throws IOException {
    super(
        in,
        new SubReaderWrapper() {
          @Override
          public LeafReader wrap(LeafReader reader) {
            return new CountingLeaf(reader, byField);
          }
        });
    this.byField = byField;
  }

  /** The counts since the last {@link #reset}, by field. */
  Map<String, Counts> counts() {
    return byField;
  }

  void reset() {
    byField.clear();
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new CountingReader(in, byField);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  private static final class CountingLeaf extends FilterLeafReader {
    private final Map<String, Counts> byField;

    CountingLeaf(LeafReader in, Map<String, Counts> byField) {
      super(in);
      this.byField = byField;
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms t = super.terms(field);
      if (t == null) {
        return null;
      }
      return new FilterTerms(t) {
        @Override
        public TermsEnum iterator() throws IOException {
          return new CountingTerms(in.iterator(), counts(field));
        }
      };
    }

    private Counts counts(String field) {
      return byField.computeIfAbsent(field, f -> new Counts());
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  private static final class CountingTerms extends FilterLeafReader.FilterTermsEnum {
    private final Counts counts;

    CountingTerms(TermsEnum in, Counts counts) {
      super(in);
      this.counts = counts;
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
      counts.seeks++;
      return in.seekExact(text);
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
      counts.seeks++;
      return in.seekCeil(text);
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
      counts.lists++;
      return new CountingPostings(in.postings(null, flags), counts);
    }

    @Override
    public ImpactsEnum impacts(int flags) throws IOException {
      counts.lists++;
      return new CountingImpacts(in.impacts(flags), counts);
    }
  }

  private static final class CountingPostings extends FilterLeafReader.FilterPostingsEnum {
    private final Counts counts;

    CountingPostings(PostingsEnum in, Counts counts) {
      super(in);
      this.counts = counts;
    }

    @Override
    public int nextDoc() throws IOException {
      counts.advances++;
      return in.nextDoc();
    }

    @Override
    public int advance(int target) throws IOException {
      counts.advances++;
      return in.advance(target);
    }
  }

  private static final class CountingImpacts extends ImpactsEnum {
    private final ImpactsEnum in;
    private final Counts counts;

    CountingImpacts(ImpactsEnum in, Counts counts) {
      this.in = in;
      this.counts = counts;
    }

    @Override
    public void advanceShallow(int target) throws IOException {
      in.advanceShallow(target);
    }

    @Override
    public Impacts getImpacts() throws IOException {
      return in.getImpacts();
    }

    @Override
    public int freq() throws IOException {
      return in.freq();
    }

    @Override
    public int nextPosition() throws IOException {
      return in.nextPosition();
    }

    @Override
    public int startOffset() throws IOException {
      return in.startOffset();
    }

    @Override
    public int endOffset() throws IOException {
      return in.endOffset();
    }

    @Override
    public BytesRef getPayload() throws IOException {
      return in.getPayload();
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public int nextDoc() throws IOException {
      counts.advances++;
      return in.nextDoc();
    }

    @Override
    public int advance(int target) throws IOException {
      counts.advances++;
      return in.advance(target);
    }

    @Override
    public long cost() {
      return in.cost();
    }
  }
}
