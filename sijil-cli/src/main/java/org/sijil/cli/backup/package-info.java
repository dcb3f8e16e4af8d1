/** {@code sijil backup} and {@code sijil restore}: edges of the backup use cases in sijil-app. */
package org.sijil.cli.backup;
