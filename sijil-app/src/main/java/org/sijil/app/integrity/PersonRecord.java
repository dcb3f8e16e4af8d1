package org.sijil.app.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Linkage.RecordKey;

/**
 * A person's canonical public record in a published snapshot (version {@value #HEADER}): the lines
 * {@value #HEADER}, {@code person ID}, {@code records K}, then per record in ascending (release,
 * row) order {@code record RELEASE:ROW} followed by its public fields {@code name-ar name-en age
 * sex dod place}, each {@code NAME SP LEN SP VALUE LF} (LEN its UTF-8 byte count) or {@code NAME -}
 * when absent, as in {@link CanonicalRows}.
 */
public final class PersonRecord {

  /** The first line of a person's published record. */
  public static final String HEADER = "sijil-person/v1";

  /** One record of a person, with its key. */
  public record Member(RecordKey key, CasualtyRecord record) {}

  private PersonRecord() {}

  /** The canonical bytes of person {@code id} made of {@code members} (sorted here). */
  public static byte[] bytes(long id, List<Member> members) {
    List<Member> sorted = members.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    raw(out, HEADER);
    raw(out, "person " + id);
    raw(out, "records " + sorted.size());
    for (Member m : sorted) {
      CasualtyRecord r = m.record();
      raw(out, "record " + m.key());
      field(out, "name-ar", r.nameAr());
      field(out, "name-en", r.nameEn());
      field(
          out,
          "age",
          r.age() == null ? null : r.age().years() + "." + r.age().months() + "." + r.age().days());
      field(out, "sex", r.sex() == null ? null : r.sex().code());
      field(out, "dod", r.dod() == null ? null : r.dod().toString());
      field(out, "place", r.place());
    }
    return out.toByteArray();
  }

  private static void raw(ByteArrayOutputStream out, String line) {
    out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void field(ByteArrayOutputStream out, String name, String value) {
    if (value == null) {
      raw(out, name + " -");
      return;
    }
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes((name + " " + v.length + " ").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(v);
    out.write('\n');
  }
}
