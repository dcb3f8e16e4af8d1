/**
 * The register's transparency log as the use cases use it: canonical bytes of rows ({@link
 * org.sijil.app.integrity.CanonicalRows}), appending entries in the change's transaction ({@link
 * org.sijil.app.integrity.RegisterLog}), the register's signing key ({@link
 * org.sijil.app.integrity.RegisterKey}) and verifying a whole register from its stored rows ({@link
 * org.sijil.app.integrity.VerifyRegister}). Encodings are in {@code docs/integrity.md}.
 */
package org.sijil.app.integrity;
