package org.sijil.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * What an index holds of each person, independent of how a build numbered its documents:
 *
 * <pre>
 * java -cp benchmarks.jar org.sijil.search.IndexDump INDEX_DIR OUT
 * </pre>
 *
 * writes, person by person in the order of their ids, every indexed (field, term), every doc value
 * and point value and the stored view, each part sorted. Two builds of the same persons answer
 * alike when their dumps are byte-equal ({@code cmp}), whatever order their threads wrote in.
 */
public final class IndexDump {

  private IndexDump() {}

  public static void main(String[] args) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])));
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      List<Person> all = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        all.addAll(leaf(leaf.reader()));
      }
      all.sort((a, b) -> a.id.compareTo(b.id));
      for (Person p : all) {
        out.write(p.id);
        out.write('\n');
        for (String line : p.sortedLines()) {
          out.write('\t');
          out.write(line);
          out.write('\n');
        }
      }
    }
  }

  /** One live document's id and lines. */
  private record Person(String id, List<String> lines) {
    List<String> sortedLines() {
      String[] a = lines.toArray(new String[0]);
      Arrays.sort(a);
      return Arrays.asList(a);
    }
  }

  private static List<Person> leaf(LeafReader r) throws IOException {
    int max = r.maxDoc();
    List<List<String>> lines = new ArrayList<>(max);
    for (int d = 0; d < max; d++) {
      lines.add(new ArrayList<>());
    }
    List<FieldInfo> fields = new ArrayList<>();
    r.getFieldInfos().forEach(fields::add);
    for (FieldInfo fi : fields) {
      if (fi.getIndexOptions() != IndexOptions.NONE) {
        postings(r, fi.name, lines);
      }
      docValues(r, fi, lines);
      if (fi.getPointDimensionCount() > 0) {
        points(r, fi.name, lines);
      }
    }
    StoredFields stored = r.storedFields();
    SortedDocValues ids = DocValues.getSorted(r, Fields.ID);
    List<Person> out = new ArrayList<>();
    for (int d = 0; d < max; d++) {
      if (r.getLiveDocs() != null && !r.getLiveDocs().get(d)) {
        continue;
      }
      for (var f : stored.document(d).getFields()) {
        BytesRef b = f.binaryValue();
        lines.get(d).add("stored " + f.name() + " " + (b != null ? hex(b) : f.stringValue()));
      }
      ids.advanceExact(d);
      out.add(new Person(ids.lookupOrd(ids.ordValue()).utf8ToString(), lines.get(d)));
    }
    return out;
  }

  private static void postings(LeafReader r, String field, List<List<String>> lines)
      throws IOException {
    Terms terms = r.terms(field);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String line = "term " + field + " " + t.utf8ToString();
      pe = te.postings(pe, PostingsEnum.FREQS);
      for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
        lines.get(d).add(pe.freq() == 1 ? line : line + " x" + pe.freq());
      }
    }
  }

  private static void docValues(LeafReader r, FieldInfo fi, List<List<String>> lines)
      throws IOException {
    String p = "dv " + fi.name + " ";
    switch (fi.getDocValuesType()) {
      case NUMERIC -> {
        NumericDocValues v = r.getNumericDocValues(fi.name);
        for (int d = v.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = v.nextDoc()) {
          lines.get(d).add(p + v.longValue());
        }
      }
      case BINARY -> {
        BinaryDocValues v = r.getBinaryDocValues(fi.name);
        for (int d = v.nextDoc(); d != BinaryDocValues.NO_MORE_DOCS; d = v.nextDoc()) {
          lines.get(d).add(p + v.binaryValue().utf8ToString());
        }
      }
      case SORTED -> {
        SortedDocValues v = r.getSortedDocValues(fi.name);
        for (int d = v.nextDoc(); d != SortedDocValues.NO_MORE_DOCS; d = v.nextDoc()) {
          lines.get(d).add(p + v.lookupOrd(v.ordValue()).utf8ToString());
        }
      }
      case SORTED_SET -> {
        SortedSetDocValues v = r.getSortedSetDocValues(fi.name);
        for (int d = v.nextDoc(); d != SortedSetDocValues.NO_MORE_DOCS; d = v.nextDoc()) {
          for (int i = 0; i < v.docValueCount(); i++) {
            lines.get(d).add(p + v.lookupOrd(v.nextOrd()).utf8ToString());
          }
        }
      }
      case SORTED_NUMERIC, NONE -> {}
    }
  }

  private static void points(LeafReader r, String field, List<List<String>> lines)
      throws IOException {
    PointValues values = r.getPointValues(field);
    values.intersect(
        new PointValues.IntersectVisitor() {
          @Override
          public void visit(int docID) {
            throw new IllegalStateException("every cell is crossed");
          }

          @Override
          public void visit(int docID, byte[] packedValue) {
            lines.get(docID).add("point " + field + " " + hex(new BytesRef(packedValue)));
          }

          @Override
          public PointValues.Relation compare(byte[] min, byte[] max) {
            return PointValues.Relation.CELL_CROSSES_QUERY;
          }
        });
  }

  private static String hex(BytesRef b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (int i = 0; i < b.length; i++) {
      sb.append(String.format("%02x", b.bytes[b.offset + i] & 0xff));
    }
    return sb.toString();
  }
}
