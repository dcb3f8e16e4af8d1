package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

  private static final long MB = 1024 * 1024;

  @Test
  void budgetIsAShareOfTheHeapWithACap() {
    assertEquals(64 * MB, TokenCache.bytesFor(1024 * MB));
    assertEquals(TokenCache.MAX_BYTES, TokenCache.bytesFor(64 * 1024 * MB));
  }

  @Test
  void searchersShareOneCacheThatKeepsACommonTokenNextToARareOne() throws IOException {
    NameAnalyzer analyzer = new NameAnalyzer();
    NameTerms names = new NameTerms();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (SearchDocument d : SynthPersons.documents(SynthPersons.records(3000, 14))) {
        w.addDocument(Documents.of(d, names, Documents.facetsConfig()));
      }
    }
    SearcherFactory factory = TokenCache.searchers(1024 * MB);
    DirectoryReader reader = DirectoryReader.open(dir);
    IndexSearcher a = factory.newSearcher(reader, null);
    IndexSearcher b = factory.newSearcher(reader, null);
    assertSame(a.getQueryCache(), b.getQueryCache());
    List<NameTerms.QueryToken> tokens = names.query("محمد احمد");
    Query q = Queries.grouped(tokens, analyzer, tokens.size(), false);
    TopDocs first = a.search(q, 100);
    for (int i = 0; i < 10; i++) {
      assertEquals(first.totalHits.value, b.search(q, 100).totalHits.value);
    }
    assertTrue(((LRUQueryCache) a.getQueryCache()).getCacheSize() > 0, "token unions cached");
  }
}
