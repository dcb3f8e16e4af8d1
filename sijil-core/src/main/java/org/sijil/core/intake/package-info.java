/**
 * Field intake values: a reported death as submitted ({@link org.sijil.core.intake.Submission}),
 * its stable ID from its origin and content, the rules a submission must meet, its JSON line form,
 * and the signed bundle that carries submissions on a USB stick or through a messaging app ({@link
 * org.sijil.core.intake.Bundle}: JSON lines under a manifest of their SHA-256 hashes, signed with
 * the collecting device's Ed25519 key in the C2SP signed-note form). Pure: no I/O, JDK SHA-256 and
 * Ed25519 only. Formats are documented in {@code docs/intake.md}.
 */
package org.sijil.core.intake;
