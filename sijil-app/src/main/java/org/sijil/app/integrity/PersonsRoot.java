package org.sijil.app.integrity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.core.integrity.Hashes;
import org.sijil.store.Linkage.RecordKey;

/**
 * The Merkle root a link run logs: one leaf per person, in ascending person id, whose canonical
 * bytes (version {@value #HEADER}) are the lines {@value #HEADER}, {@code person ID}, {@code
 * records K} and one {@code record RELEASE:ROW} per record in ascending (release, row) order.
 *
 * @param root lowercase hex root
 * @param persons how many persons (leaves)
 */
public record PersonsRoot(String root, long persons) {

  /** The first line of a person's membership bytes. */
  public static final String HEADER = "sijil-person-records/v1";

  /** The root of the persons made by {@code assignments} (record to person). */
  public static PersonsRoot of(Map<RecordKey, Long> assignments) {
    Map<Long, List<RecordKey>> byPerson = new TreeMap<>();
    assignments.forEach(
        (record, person) -> byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(record));
    RowsRoot root = new RowsRoot();
    byPerson.forEach((person, records) -> root.add(Hashes.leafHash(bytes(person, records))));
    return new PersonsRoot(Hashes.hex(root.root()), byPerson.size());
  }

  /** One person's membership bytes. */
  public static byte[] bytes(long person, List<RecordKey> records) {
    List<RecordKey> sorted = new ArrayList<>(records);
    sorted.sort(null);
    StringBuilder s = new StringBuilder(HEADER).append('\n');
    s.append("person ")
        .append(person)
        .append('\n')
        .append("records ")
        .append(sorted.size())
        .append('\n');
    sorted.forEach(
        r -> s.append("record ").append(r.releaseId()).append(':').append(r.row()).append('\n'));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
