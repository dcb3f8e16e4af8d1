package org.sijil.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory index of persons in several segments (a new one every {@code perSegment} persons),
 * so that a test sees what a page sees on a real index: hits and terms spread over segments, fields
 * some segments lack. No query cache, so every query walks its postings.
 */
final class SegmentedIndex {

  private SegmentedIndex() {}

  static IndexSearcher of(List<SearchDocument> documents, int perSegment) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new NameAnalyzer());
    config.setMaxBufferedDocs(perSegment);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    FacetsConfig facets = Documents.facetsConfig();
    NameTerms names = new NameTerms();
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (SearchDocument d : documents) {
        w.addDocument(Documents.of(d, names, facets));
      }
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
    searcher.setQueryCache(null);
    return searcher;
  }
}
