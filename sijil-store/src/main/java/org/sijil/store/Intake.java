package org.sijil.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Field submissions taken in (migrations 7 and 14, docs/intake.md): each stored once under its
 * stable ID, with its channel, device key, content hash, sealed contact and status. Persistence
 * only: what is new, an edit or a duplicate is decided by the use case ({@code
 * org.sijil.app.intake}).
 */
public interface Intake {

  /** Status of a submission not yet corroborated. */
  String PENDING = "pending";

  /** Status of a submission an analyst confirmed. */
  String CONFIRMED = "confirmed";

  /** Status of a submission whose record a link run linked to an independent list's record. */
  String CORROBORATED = "corroborated";

  /**
   * One stored submission.
   *
   * @param id stable ID ({@code s-…})
   * @param seq arrival order, from {@link #nextSeq()}
   * @param source the intake source it is a record of (e.g. {@code family-report})
   * @param origin who created it (device key name, {@code form}, {@code odk})
   * @param instanceId the submitter's own ID, or null
   * @param replacesId the ID of the submission it edits, or null
   * @param replacesInstance that submission's instance ID, or null
   * @param channel {@code bundle}, {@code odk} or {@code form}
   * @param deviceKey the verifier key that signed it, or {@code none}
   * @param contentSha256 SHA-256 of its canonical content
   * @param fieldsJson its fields as a JSON object
   * @param contactSealed the sealed contact, or null
   * @param status {@link #PENDING}, {@code corroborated} or {@code confirmed}
   * @param statusBy who last set the status (null while pending)
   * @param statusAt when (null while pending)
   * @param statusReason what changed it: {@code analyst}, or the link run and independent list
   *     (null while pending; migration 14)
   * @param receivedBy who took it in
   * @param receivedAt when
   * @param logIndex its entry in the integrity log
   */
  record Stored(
      String id,
      long seq,
      String source,
      String origin,
      String instanceId,
      String replacesId,
      String replacesInstance,
      String channel,
      String deviceKey,
      String contentSha256,
      String fieldsJson,
      String contactSealed,
      String status,
      String statusBy,
      Instant statusAt,
      String statusReason,
      String receivedBy,
      Instant receivedAt,
      long logIndex) {}

  /** Which of {@code ids} are stored. */
  Set<String> known(Collection<String> ids);

  /** The next arrival number (one more than the largest stored, 1 when empty). */
  long nextSeq();

  /** Stores new submissions (their IDs must not be stored yet). */
  void add(List<Stored> submissions);

  /** Every submission of {@code source}, in arrival order. */
  List<Stored> all(String source);

  /** Submissions with {@code status}, newest first, at most {@code limit}. */
  List<Stored> withStatus(String status, int limit);

  /** One submission by ID. */
  Optional<Stored> find(String id);

  /** Sets a submission's status; false when there is no such submission. */
  default boolean setStatus(String id, String status, String by, Instant at) {
    return setStatus(id, status, by, null, at);
  }

  /**
   * Sets a submission's status with who ({@code by}) and what ({@code reason}) changed it; false
   * when there is no such submission.
   */
  boolean setStatus(String id, String status, String by, String reason, Instant at);

  /** The submissions {@code user} took in (a reporter's own receipts), newest first. */
  List<Stored> receivedBy(String user, int limit);
}
