/**
 * Integrity: the signed, append-only history of the register that anyone can verify offline.
 *
 * <p>Everything here follows published specifications to the byte, so that standard tools (the Go
 * {@code sumdb/note} and {@code tlog} packages, Tessera, witnesses of the public witness network)
 * accept what Sijil produces:
 *
 * <ul>
 *   <li>RFC 6962 §2.1 / RFC 9162 §2.1 Merkle tree hashing, inclusion and consistency proofs ({@link
 *       org.sijil.core.integrity.Hashes}, {@link org.sijil.core.integrity.MerkleProofs}, {@link
 *       org.sijil.core.integrity.TransparencyLog}; {@link org.sijil.core.integrity.SignedLog} ties
 *       the log to its key for the register);
 *   <li>C2SP {@code signed-note} ({@link org.sijil.core.integrity.SignedNote}, {@link
 *       org.sijil.core.integrity.NoteKeys});
 *   <li>C2SP {@code tlog-checkpoint}, {@code tlog-cosignature}, {@code tlog-tiles} and {@code
 *       tlog-proof} ({@link org.sijil.core.integrity.Checkpoint}, {@link
 *       org.sijil.core.integrity.Cosignatures}, {@link org.sijil.core.integrity.Tiles}, {@link
 *       org.sijil.core.integrity.TlogProof});
 *   <li>Sijil's own canonical log entry encoding ({@link org.sijil.core.integrity.LogEntry},
 *       documented byte by byte in {@code docs/integrity.md}).
 * </ul>
 *
 * <p>Only the JDK's SHA-256 and Ed25519 are used. Nothing here does I/O except the file-backed
 * {@link org.sijil.core.integrity.FileHashStore}.
 */
package org.sijil.core.integrity;
