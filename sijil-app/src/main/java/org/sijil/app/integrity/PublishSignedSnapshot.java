package org.sijil.app.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sijil.app.Actor;
import org.sijil.app.RegisterRecords;
import org.sijil.core.UserError;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.MerkleProofs;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignedNote;
import org.sijil.core.integrity.TlogProof;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;

/**
 * Use case: freeze the register's public view (each linked person's canonical record, {@link
 * PersonRecord}, in ascending person id) under a Merkle root, log it as a {@code snapshot} entry,
 * sign a checkpoint, and keep the snapshot addressable; and issue a person's receipt from the
 * latest snapshot ({@link PersonReceipt}).
 */
public final class PublishSignedSnapshot {

  /** What was published. */
  public record Result(
      long snapshotId, long entryIndex, String personsRoot, long persons, String checkpoint) {}

  private final Register reg;

  public PublishSignedSnapshot(Register reg) {
    this.reg = reg;
  }

  /** Publishes a snapshot now, signed with {@code key}. */
  public Result publish(Actor by, NoteSigner key) {
    Map<RecordKey, Long> assignments = reg.linkage().assignments();
    if (assignments.isEmpty()) {
      throw new UserError(
          "nothing to publish: the register has no linked persons yet (link it first)");
    }
    RegisterRecords records = RegisterRecords.read(reg);
    Map<Long, List<PersonRecord.Member>> byPerson = new TreeMap<>();
    assignments.forEach(
        (k, person) -> {
          Integer i = records.index().get(k);
          if (i != null) {
            byPerson
                .computeIfAbsent(person, p -> new ArrayList<>())
                .add(new PersonRecord.Member(k, records.records().get(i)));
          }
        });
    List<IntegrityLog.SnapshotPerson> persons = new ArrayList<>(byPerson.size());
    RowsRoot root = new RowsRoot();
    byPerson.forEach(
        (id, members) -> {
          byte[] bytes = PersonRecord.bytes(id, members);
          root.add(Hashes.leafHash(bytes));
          persons.add(new IntegrityLog.SnapshotPerson(persons.size(), id, bytes));
        });
    String rootHex = Hashes.hex(root.root());
    return reg.transaction(
        () -> {
          long number =
              reg.integrity().latestSnapshot().map(IntegrityLog.Snapshot::id).orElse(0L) + 1;
          long index =
              new RegisterLog(reg)
                  .append(
                      new LogEntry.Snapshot(
                          RegisterLog.now(),
                          by.name(),
                          "snapshot-" + number,
                          rootHex,
                          persons.size()),
                      "snapshot:" + number);
          SignedNote note = new RegisterLog(reg).sign(key);
          IntegrityLog.StoredCheckpoint cp = reg.integrity().latestCheckpoint().orElseThrow();
          long id =
              reg.integrity()
                  .saveSnapshot(
                      new IntegrityLog.Snapshot(
                          0, index, cp.id(), rootHex, persons.size(), by.name(), RegisterLog.now()),
                      persons);
          return new Result(id, index, rootHex, persons.size(), note.format());
        });
  }

  /**
   * The receipt of {@code person} in the latest snapshot.
   *
   * @throws UserError when nothing is published or the person is not in the latest snapshot
   */
  public PersonReceipt receipt(long person) {
    IntegrityLog log = reg.integrity();
    IntegrityLog.Snapshot s =
        log.latestSnapshot()
            .orElseThrow(() -> new UserError("nothing is published yet: run 'publish' first"));
    String note =
        new WitnessCosignatures(reg)
            .withCosignatures(
                log.checkpoints().stream()
                    .filter(c -> c.id() == s.checkpointId())
                    .findFirst()
                    .orElseThrow());
    return receiptIn(s, person, note);
  }

  /**
   * The receipt of {@code person} in the latest snapshot that checkpoint {@code under} covers,
   * proven under {@code under} (with its cosignatures): what a server holding newer checkpoints
   * back until their witnesses cosign serves.
   *
   * @throws UserError when that checkpoint covers no snapshot or the person is not in it
   */
  public PersonReceipt receipt(long person, IntegrityLog.StoredCheckpoint under) {
    IntegrityLog log = reg.integrity();
    IntegrityLog.Snapshot s = null;
    for (long id = log.latestSnapshot().map(IntegrityLog.Snapshot::id).orElse(0L);
        id > 0 && s == null;
        id--) {
      s = log.snapshot(id).filter(x -> x.entryIndex() < under.treeSize()).orElse(null);
    }
    if (s == null) {
      throw new UserError("no snapshot is published under checkpoint " + under.id() + " yet");
    }
    return receiptIn(s, person, new WitnessCosignatures(reg).withCosignatures(under));
  }

  private PersonReceipt receiptIn(IntegrityLog.Snapshot s, long person, String note) {
    IntegrityLog log = reg.integrity();
    IntegrityLog.SnapshotPerson p =
        log.snapshotPerson(s.id(), person)
            .orElseThrow(() -> new UserError("person " + person + " is not in snapshot " + s.id()));
    List<byte[]> leaves =
        log.snapshotPersons(s.id()).stream().map(x -> Hashes.leafHash(x.record())).toList();
    List<byte[]> proof =
        MerkleProofs.inclusionProof(MerkleProofs.over(leaves), p.position(), leaves.size());
    byte[] entry = log.entry(s.entryIndex()).orElseThrow().bytes();
    TlogProof logProof =
        TlogProof.receipt(
            TransparencyLog.open(log.hashes()), s.entryIndex(), entry, SignedNote.parse(note));
    return new PersonReceipt(person, p.record(), p.position(), leaves.size(), proof, logProof);
  }
}
