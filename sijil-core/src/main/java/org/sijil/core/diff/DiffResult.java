package org.sijil.core.diff;

import java.util.List;
import java.util.Map;

/**
 * What changed between two releases of a list, by key.
 *
 * @param added records whose key appears only in the later release (canonical fields)
 * @param removed records whose key appears only in the earlier release
 * @param changed records whose meaning changed (may also list reformatted fields)
 * @param reformatted records only written differently
 * @param keyReused keys now pointing to a clearly different person
 * @param duplicateKeys keys used by more than one row of a release (left out of the comparison)
 * @param unchanged keys whose records are identical
 * @param withoutKeyBefore rows of the earlier release without a key (not compared)
 * @param withoutKeyAfter rows of the later release without a key (not compared)
 * @param comparedFields the fields both releases have, which were compared
 */
public record DiffResult(
    List<Map<String, String>> added,
    List<Map<String, String>> removed,
    List<RecordChange> changed,
    List<RecordChange> reformatted,
    List<KeyReuse> keyReused,
    List<DuplicateKey> duplicateKeys,
    long unchanged,
    long withoutKeyBefore,
    long withoutKeyAfter,
    List<String> comparedFields) {}
