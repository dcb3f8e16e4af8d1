package org.sijil.core.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * RFC 6962 hashing and RFC 9162 proofs against the Certificate Transparency reference tree (the
 * eight leaves and expected values published with the CT implementations and reused by Trillian and
 * others), then every proof of every small tree against the plain recursive definitions.
 */
class MerkleProofsTest {

  static final String[] LEAVES = {
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f"
  };

  /** Roots of the reference tree for sizes 0..8. */
  static final String[] ROOTS = {
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
  };

  static List<byte[]> leafHashes() {
    List<byte[]> out = new ArrayList<>();
    for (String l : LEAVES) {
      out.add(Hashes.leafHash(Hashes.fromHex(l)));
    }
    return out;
  }

  static List<String> hex(List<byte[]> hashes) {
    return hashes.stream().map(Hashes::hex).toList();
  }

  @Test
  void rootsMatchTheReferenceTree() {
    List<byte[]> leaves = leafHashes();
    TransparencyLog log = TransparencyLog.inMemory();
    assertEquals(ROOTS[0], Hashes.hex(log.root()));
    for (int n = 1; n <= 8; n++) {
      assertEquals(ROOTS[n], Hashes.hex(MerkleProofs.rootOf(leaves.subList(0, n))), "size " + n);
      log.append(Hashes.fromHex(LEAVES[n - 1]));
      assertEquals(ROOTS[n], Hashes.hex(log.root()), "log size " + n);
    }
    for (int n = 0; n <= 8; n++) {
      assertEquals(ROOTS[n], Hashes.hex(log.root(n)), "historical size " + n);
    }
  }

  @Test
  void inclusionProofsMatchTheReferenceVectors() {
    TransparencyLog log = logOfReferenceLeaves();
    assertEquals(
        List.of(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
        hex(log.inclusionProof(0, 8)));
    assertEquals(
        List.of(
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        hex(log.inclusionProof(5, 8)));
    assertEquals(
        List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
        hex(log.inclusionProof(2, 3)));
    assertEquals(
        List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        hex(log.inclusionProof(1, 5)));
  }

  @Test
  void consistencyProofsMatchTheReferenceVectors() {
    TransparencyLog log = logOfReferenceLeaves();
    assertEquals(List.of(), hex(log.consistencyProof(1, 1)));
    assertEquals(
        List.of(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
        hex(log.consistencyProof(1, 8)));
    assertEquals(
        List.of(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        hex(log.consistencyProof(6, 8)));
    assertEquals(
        List.of(
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        hex(log.consistencyProof(2, 5)));
  }

  @Test
  void everyProofOfEverySmallTreeVerifiesAndAnyChangeFails() {
    Random random = new Random(6962);
    TransparencyLog log = TransparencyLog.inMemory();
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      byte[] entry = new byte[random.nextInt(20)];
      random.nextBytes(entry);
      log.append(entry);
      leaves.add(Hashes.leafHash(entry));
    }
    SubtreeSource reference = MerkleProofs.over(leaves);
    for (int n = 1; n <= leaves.size(); n++) {
      byte[] root = log.root(n);
      assertArrayEquals(MerkleProofs.rootOf(leaves.subList(0, n)), root);
      for (int m = 0; m < n; m++) {
        List<byte[]> proof = log.inclusionProof(m, n);
        assertEquals(hex(MerkleProofs.inclusionProof(reference, m, n)), hex(proof));
        assertTrue(MerkleProofs.verifyInclusion(leaves.get(m), m, n, proof, root), m + "/" + n);
        byte[] wrongLeaf = leaves.get(m).clone();
        wrongLeaf[31] ^= 1;
        assertFalse(MerkleProofs.verifyInclusion(wrongLeaf, m, n, proof, root));
        if ((m ^ 1) < n && !Arrays.equals(leaves.get(m), leaves.get(m ^ 1))) {
          assertFalse(MerkleProofs.verifyInclusion(leaves.get(m), m ^ 1, n, proof, root));
        }
      }
      for (int m = 0; m <= n; m++) {
        List<byte[]> proof = log.consistencyProof(m, n);
        assertEquals(hex(MerkleProofs.consistencyProof(reference, m, n)), hex(proof));
        byte[] old = log.root(m);
        assertTrue(MerkleProofs.verifyConsistency(m, n, old, root, proof), m + "->" + n);
        if (m > 0 && m < n) {
          byte[] bad = old.clone();
          bad[0] ^= 1;
          assertFalse(MerkleProofs.verifyConsistency(m, n, bad, root, proof));
          assertFalse(MerkleProofs.verifyConsistency(m, n, old, bad, proof));
          List<byte[]> shorter = proof.subList(0, proof.size() - 1);
          assertFalse(MerkleProofs.verifyConsistency(m, n, old, root, shorter));
        }
      }
    }
  }

  @Test
  void aLogReopenedFromItsStoreHasTheSameRootsAndTakesMoreEntries() {
    MemoryHashStore store = new MemoryHashStore();
    TransparencyLog log = TransparencyLog.open(store);
    for (int i = 0; i < 300; i++) {
      log.append(new byte[] {(byte) i, (byte) (i >> 8)});
    }
    assertEquals(StoredHashes.count(300), store.size());
    TransparencyLog reopened = TransparencyLog.open(store);
    assertEquals(300, reopened.size());
    assertArrayEquals(log.root(), reopened.root());
    reopened.append(new byte[] {1});
    log = TransparencyLog.inMemory();
    for (int i = 0; i < 300; i++) {
      log.append(new byte[] {(byte) i, (byte) (i >> 8)});
    }
    log.append(new byte[] {1});
    assertArrayEquals(log.root(), reopened.root());
  }

  private static TransparencyLog logOfReferenceLeaves() {
    TransparencyLog log = TransparencyLog.inMemory();
    for (String l : LEAVES) {
      log.append(Hashes.fromHex(l));
    }
    return log;
  }
}
