/**
 * Use case: copy a whole register to another backend or file ({@link
 * org.sijil.app.copy.CopyRegister}), checked by its integrity log.
 */
package org.sijil.app.copy;
