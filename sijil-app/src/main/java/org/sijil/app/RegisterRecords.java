package org.sijil.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * Every record of the register with its key, in the register's one record order: releases as {@link
 * org.sijil.store.Releases#list()} orders them (source, as-of date, import time), rows in file
 * order within a release. Linking numbers records in this order and publishing reads them in it, so
 * an index means the same record to both.
 *
 * @param releases the releases, in order
 * @param records the records, in order
 * @param keys each record's key, parallel to {@code records}
 * @param releaseOf each record's release, parallel to {@code records}
 */
public record RegisterRecords(
    List<Release> releases,
    List<CasualtyRecord> records,
    List<RecordKey> keys,
    List<Release> releaseOf,
    Map<RecordKey, Integer> index) {

  /** Reads every record of the register. */
  public static RegisterRecords read(Register reg) {
    return read(reg, reg.releases().list());
  }

  /** Reads every record of {@code releases} (some of the register's, in its order). */
  public static RegisterRecords read(Register reg, List<Release> releases) {
    return read(reg, releases, StopSignal.NEVER);
  }

  /**
   * As {@link #read(Register, List)}, checking {@code stop} every {@link StopSignal#ROWS} records:
   * a read asked to stop throws {@link StopSignal.Stopped} (the store closes its cursor).
   */
  public static RegisterRecords read(Register reg, List<Release> releases, StopSignal stop) {
    List<CasualtyRecord> records = new ArrayList<>();
    List<RecordKey> keys = new ArrayList<>();
    List<Release> releaseOf = new ArrayList<>();
    Map<RecordKey, Integer> index = new HashMap<>();
    for (Release r : releases) {
      reg.records()
          .forEach(
              r.id(),
              rec -> {
                stop.checkEvery(records.size());
                RecordKey k = new RecordKey(r.id(), rec.row());
                index.put(k, records.size());
                records.add(rec);
                keys.add(k);
                releaseOf.add(r);
              });
    }
    return new RegisterRecords(releases, records, keys, releaseOf, index);
  }

  public int size() {
    return records.size();
  }

  /**
   * These records with some replaced and some left out, the others shared: what a read would give
   * after analysts' amendments of a few records ({@code org.sijil.app.publish.PublishedChanges}).
   * The positions of the records after a removed one move up, as in a read that leaves it out.
   *
   * @param replaced the new version of some records, by key (keys not held here are ignored)
   * @param removed records to leave out (keys not held here are ignored)
   */
  public RegisterRecords amended(
      Map<RecordKey, CasualtyRecord> replaced, java.util.Set<RecordKey> removed) {
    List<CasualtyRecord> outRecords = new ArrayList<>(records);
    replaced.forEach(
        (k, r) -> {
          Integer i = index.get(k);
          if (i != null) {
            outRecords.set(i, r);
          }
        });
    if (removed.stream().noneMatch(index::containsKey)) {
      return new RegisterRecords(releases, outRecords, keys, releaseOf, index);
    }
    List<CasualtyRecord> leftRecords = new ArrayList<>(records.size());
    List<RecordKey> leftKeys = new ArrayList<>(records.size());
    List<Release> leftReleases = new ArrayList<>(records.size());
    Map<RecordKey, Integer> leftIndex = new HashMap<>(records.size() * 4 / 3 + 1);
    for (int i = 0; i < records.size(); i++) {
      RecordKey k = keys.get(i);
      if (!removed.contains(k)) {
        leftIndex.put(k, leftRecords.size());
        leftRecords.add(outRecords.get(i));
        leftKeys.add(k);
        leftReleases.add(releaseOf.get(i));
      }
    }
    return new RegisterRecords(releases, leftRecords, leftKeys, leftReleases, leftIndex);
  }

  /** The index of a record, failing when the register has no such record. */
  public int of(RecordKey k) {
    Integer i = index.get(k);
    if (i == null) {
      throw new SijilException(ErrorCode.OTHER, "the register has no record " + k);
    }
    return i;
  }
}
