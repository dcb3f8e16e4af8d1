/**
 * The integrity commands that need no register: {@code sijil keys} (signing keys in the C2SP
 * signed-note text forms) and {@code sijil verify} (offline checks of checkpoints, receipts,
 * consistency proofs and tile sets with the public key alone). They translate arguments and files
 * into calls of {@link org.sijil.core.integrity}; every rule lives there.
 */
package org.sijil.cli.integrity;
