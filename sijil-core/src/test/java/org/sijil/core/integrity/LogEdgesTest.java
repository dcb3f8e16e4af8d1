package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sizes and indexes at their limits: proofs asked for one past the tree, consistency between equal
 * or empty trees (RFC 9162 §2.1.4: nothing to prove), and entries decoded with a common field
 * missing.
 */
class LogEdgesTest {

  private static TransparencyLog log(int n) {
    TransparencyLog log = TransparencyLog.inMemory();
    for (int i = 0; i < n; i++) {
      log.append(("e" + i).getBytes(StandardCharsets.UTF_8));
    }
    return log;
  }

  private static List<byte[]> leaves(TransparencyLog log) {
    List<byte[]> out = new ArrayList<>();
    for (long i = 0; i < log.size(); i++) {
      out.add(log.leafHash(i));
    }
    return out;
  }

  @Test
  void aLogAnswersForSizesUpToItsOwnOnly() {
    TransparencyLog log = log(5);
    assertArrayEquals(Hashes.leafHash("e4".getBytes()), log.leafHash(4));
    assertArrayEquals(log.root(), log.root(5));
    assertArrayEquals(Hashes.emptyRoot(), log.root(0));
    for (Runnable beyond :
        List.<Runnable>of(
            () -> log.root(6),
            () -> log.inclusionProof(0, 6),
            () -> log.consistencyProof(1, 6),
            () -> log.root(-1))) {
      assertTrue(
          assertThrows(IllegalArgumentException.class, beyond::run)
              .getMessage()
              .startsWith("tree size "));
    }
    assertThrows(IllegalArgumentException.class, () -> log.leafHash(5));
    assertThrows(IllegalArgumentException.class, () -> log.stored(1, 2), "leaves 4 and 5 of 5");
    assertArrayEquals(Hashes.nodeHash(log.leafHash(2), log.leafHash(3)), log.stored(1, 1));
    assertThrows(IllegalArgumentException.class, () -> log.hash(2, 2));
    assertThrows(IllegalArgumentException.class, () -> log.hash(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> log.hash(0, 6));
  }

  @Test
  void proofsAreAskedForIndexesInsideTheTree() {
    SubtreeSource tree = MerkleProofs.over(leaves(log(5)));
    assertThrows(IllegalArgumentException.class, () -> MerkleProofs.inclusionProof(tree, 5, 5));
    assertThrows(IllegalArgumentException.class, () -> MerkleProofs.inclusionProof(tree, -1, 5));
    assertEquals(1, MerkleProofs.inclusionProof(tree, 4, 5).size(), "leaf 4 of 5: the root of 0-3");
    assertEquals(List.of(), MerkleProofs.consistencyProof(tree, 5, 5));
    assertEquals(List.of(), MerkleProofs.consistencyProof(tree, 0, 5));
    assertThrows(IllegalArgumentException.class, () -> MerkleProofs.consistencyProof(tree, 5, 4));
    assertThrows(IllegalArgumentException.class, () -> MerkleProofs.consistencyProof(tree, -1, 4));
    assertArrayEquals(Hashes.emptyRoot(), MerkleProofs.rootOf(List.of()));
  }

  @Test
  void inclusionIsRefusedOutsideTheTreeOrWithAShortLeaf() {
    TransparencyLog log = log(5);
    List<byte[]> proof = log.inclusionProof(4, 5);
    byte[] leaf = log.leafHash(4);
    assertArrayEquals(log.root(), MerkleProofs.rootFromInclusion(leaf, 4, 5, proof));
    assertNull(MerkleProofs.rootFromInclusion(leaf, 5, 5, proof));
    assertNull(MerkleProofs.rootFromInclusion(leaf, -1, 5, proof));
    assertNull(MerkleProofs.rootFromInclusion(new byte[31], 4, 5, proof));
    List<byte[]> longer = new ArrayList<>(proof);
    longer.add(new byte[32]);
    assertNull(MerkleProofs.rootFromInclusion(leaf, 4, 5, longer));
    List<byte[]> shortHash = new ArrayList<>(proof);
    shortHash.set(0, new byte[31]);
    assertNull(MerkleProofs.rootFromInclusion(leaf, 4, 5, shortHash));
  }

  @Test
  void consistencyBetweenEqualOrEmptyTreesNeedsAnEmptyProof() {
    TransparencyLog log = log(6);
    byte[] r4 = log.root(4);
    byte[] r6 = log.root(6);
    List<byte[]> proof = log.consistencyProof(4, 6);
    assertTrue(MerkleProofs.verifyConsistency(4, 6, r4, r6, proof));
    assertTrue(MerkleProofs.verifyConsistency(6, 6, r6, r6, List.of()));
    assertFalse(MerkleProofs.verifyConsistency(6, 6, r6, r6, proof), "equal sizes, a proof");
    assertFalse(
        MerkleProofs.verifyConsistency(6, 6, r4, r6, List.of()), "equal sizes, roots differ");
    assertTrue(MerkleProofs.verifyConsistency(0, 6, Hashes.emptyRoot(), r6, List.of()));
    assertFalse(MerkleProofs.verifyConsistency(0, 6, Hashes.emptyRoot(), r6, proof));
    assertFalse(MerkleProofs.verifyConsistency(4, 6, r4, r6, List.of()), "growth, no proof");
    assertFalse(MerkleProofs.verifyConsistency(6, 4, r6, r4, proof));
    assertFalse(MerkleProofs.verifyConsistency(-1, 4, r4, r4, List.of()));
    List<byte[]> shortHash = new ArrayList<>(proof);
    shortHash.set(shortHash.size() - 1, new byte[31]);
    assertFalse(MerkleProofs.verifyConsistency(4, 6, r4, r6, shortHash));
    List<byte[]> longer = new ArrayList<>(proof);
    longer.add(r4);
    assertFalse(MerkleProofs.verifyConsistency(4, 6, r4, r6, longer));
    // an old size that is not a power of two starts from the proof's first hash
    List<byte[]> p3 = log.consistencyProof(3, 6);
    assertTrue(MerkleProofs.verifyConsistency(3, 6, log.root(3), r6, p3));
    assertFalse(MerkleProofs.verifyConsistency(3, 6, r4, r6, p3));
  }

  @Test
  void anEntryWithoutItsCommonFieldsNamesTheFirstMissing() {
    assertEquals("entry field 1 must be type", decodeError("sijil-log-entry/v1\n"));
    assertEquals(
        "entry field 3 must be actor",
        decodeError("sijil-log-entry/v1\ntype 7 removal\ntime 20 2026-12-05T09:00:00Z\n"));
    assertEquals(
        "entry field 2 must be time",
        decodeError("sijil-log-entry/v1\ntype 7 removal\nactor 1 a\n"));
    assertEquals(
        "entry time is not yyyy-MM-ddTHH:mm:ssZ",
        decodeError("sijil-log-entry/v1\ntype 7 removal\ntime 4 soon\nactor 1 a\n"));
    assertEquals(
        "entry field at byte 19 has no length", decodeError("sijil-log-entry/v1\ntype removal\n"));
    assertEquals(
        "entry field type has a bad length: x",
        decodeError("sijil-log-entry/v1\ntype x removal\n"));
    assertEquals(
        "entry field type does not end where its length says",
        decodeError("sijil-log-entry/v1\ntype 8 removal\n"));
    assertEquals(
        "entry field type does not end where its length says",
        decodeError("sijil-log-entry/v1\ntype 7 removal"));
    assertEquals(
        "entry does not start with sijil-log-entry/v1", decodeError("sijil-log-entry/v2\n"));
    assertEquals(
        "entry is not valid UTF-8",
        assertThrows(
                IllegalArgumentException.class,
                () -> EntryCodec.decode(new byte[] {(byte) 0xff, (byte) 0xfe}))
            .getMessage());
  }

  private static String decodeError(String text) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> EntryCodec.decode(text.getBytes(StandardCharsets.UTF_8)))
        .getMessage();
  }
}
