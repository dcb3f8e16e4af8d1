/**
 * {@code sijil intake}: field submissions in and out (bundles, ODK/Kobo files), the analysts'
 * queue. Arguments only; the work is in {@code org.sijil.app.intake}.
 */
package org.sijil.cli.intake;
