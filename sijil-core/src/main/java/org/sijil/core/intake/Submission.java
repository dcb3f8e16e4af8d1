package org.sijil.core.intake;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.core.integrity.Hashes;

/**
 * One report of one death, as submitted through any channel (web form, bundle, ODK/Kobo).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>{@code origin} names who created it: a collecting device's key name, {@code form} for the
 *       web form, {@code odk} for ODK/Kobo instances (whose instance IDs are UUIDs, unique on their
 *       own). It is part of the ID, so the same instance ID from two devices is two submissions.
 *   <li>{@code instanceId} is the submitter's own ID (ODK {@code meta/instanceID}, the web form's
 *       idempotency key); when absent the ID is taken from the content.
 *   <li>{@code replaces} is the instance ID of the submission this one edits (ODK {@code
 *       meta/deprecatedID}); an edit is a new version, never a new person.
 *   <li>{@code fields} holds only names of {@link #FIELDS}, with non-blank values (blank ones are
 *       dropped); {@code contact} is the reporter's contact as received (kept apart: it is sealed
 *       before storage and never logged).
 * </ul>
 */
public record Submission(
    String origin, String instanceId, String replaces, Map<String, String> fields, String contact) {

  /** The report's fields, in their canonical order. */
  public static final List<String> FIELDS =
      List.of(
          "name_ar",
          "name_en",
          "father_name",
          "mother_name",
          "sex",
          "age",
          "dob",
          "dod",
          "place",
          "circumstances",
          "incident",
          "relation",
          "consent");

  /** The origin of ODK/Kobo instances. */
  public static final String ODK = "odk";

  /** The origin of web form submissions. */
  public static final String FORM = "form";

  private static final String ID_HEADER = "sijil-submission-id/v1\n";
  private static final String CONTENT_HEADER = "sijil-submission/v1\n";
  private static final int ID_HEX_DIGITS = 32;
  private static final String ID_PREFIX = "s-";

  public Submission {
    if (origin == null || origin.isBlank() || origin.contains("\n")) {
      throw new IllegalArgumentException("origin must be one non-blank line, got '" + origin + "'");
    }
    instanceId = blankToNull(instanceId);
    replaces = blankToNull(replaces);
    contact = blankToNull(contact);
    TreeMap<String, String> kept = new TreeMap<>();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (!FIELDS.contains(e.getKey())) {
        throw new IllegalArgumentException("unknown submission field '" + e.getKey() + "'");
      }
      String v = blankToNull(e.getValue());
      if (v != null) {
        kept.put(e.getKey(), v);
      }
    }
    fields = Collections.unmodifiableMap(kept);
  }

  /** The value of {@code field}, or null. */
  public String field(String field) {
    return fields.get(field);
  }

  /**
   * The stable ID: {@code s-} and the first 32 hex digits of SHA-256 over the origin and the
   * instance ID, or, without an instance ID, over the origin and {@link #contentSha256()}. The same
   * submission delivered again by any channel gets the same ID.
   */
  public String id() {
    return idOf(origin, instanceId != null ? instanceId : "content:" + contentSha256());
  }

  /** The ID of the submission this one replaces, or null. */
  public String replacesId() {
    return replaces == null ? null : idOf(origin, replaces);
  }

  /** The ID of the submission with {@code instanceId} from {@code origin}. */
  public static String idOf(String origin, String instanceId) {
    byte[] h =
        Hashes.sha256((ID_HEADER + origin + "\n" + instanceId).getBytes(StandardCharsets.UTF_8));
    return ID_PREFIX + Hashes.hex(h).substring(0, ID_HEX_DIGITS);
  }

  /**
   * SHA-256 (hex) of the canonical content: a header line, then {@code NAME LEN VALUE} per present
   * field in {@link #FIELDS} order (LEN in UTF-8 bytes, as log entries write values). The contact
   * is left out, so the hash can be logged and published without it.
   */
  public String contentSha256() {
    StringBuilder out = new StringBuilder(CONTENT_HEADER);
    for (String f : FIELDS) {
      String v = fields.get(f);
      if (v != null) {
        out.append(f)
            .append(' ')
            .append(v.getBytes(StandardCharsets.UTF_8).length)
            .append(' ')
            .append(v)
            .append('\n');
      }
    }
    return Hashes.hex(Hashes.sha256(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
