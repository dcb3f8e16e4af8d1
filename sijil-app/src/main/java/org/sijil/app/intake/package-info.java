/**
 * Use cases of field intake (issue 17, {@code docs/intake.md}): taking in submissions from signed
 * bundles, ODK/Kobo instances and exports, and the web form, exactly once each ({@link
 * org.sijil.app.intake.ImportSubmissions}); writing signed bundles ({@link
 * org.sijil.app.intake.ExportBundle}); the analysts' queue of pending submissions ({@link
 * org.sijil.app.intake.SubmissionQueue}). Submissions become the records of an intake source's
 * {@code intake} release, one record per submission chain (an edit replaces its predecessor in
 * place), so they link to persons like any list.
 */
package org.sijil.app.intake;
