/**
 * Use cases: back a register up into one verifiable archive ({@link
 * org.sijil.app.backup.BackupRegister}), and check or restore it ({@link
 * org.sijil.app.backup.RestoreRegister}); both built on {@code sijil copy}'s checked copier.
 */
package org.sijil.app.backup;
