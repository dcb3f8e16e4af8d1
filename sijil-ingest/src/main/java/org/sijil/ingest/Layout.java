package org.sijil.ingest;

import java.util.List;
import java.util.Map;

/**
 * What the reader found out about a file before its data rows.
 *
 * @param format the file format
 * @param encoding text encoding, null for XLSX
 * @param preamble title lines above the header, verbatim
 * @param headers the header cells as written
 * @param mapping canonical field key to the header it is read from, in column order
 * @param notes how headers were recognized where it was not obvious (e.g. content-based)
 * @param unmapped the columns that feed no field, in column order
 */
public record Layout(
    FileFormat format,
    String encoding,
    List<List<String>> preamble,
    List<String> headers,
    Map<String, String> mapping,
    List<String> notes,
    List<UnmappedColumn> unmapped) {

  public Layout {
    unmapped = List.copyOf(unmapped);
    preamble = List.copyOf(preamble);
    headers = List.copyOf(headers);
    mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
    notes = List.copyOf(notes);
  }
}
