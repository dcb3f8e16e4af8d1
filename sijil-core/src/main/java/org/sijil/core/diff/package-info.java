/**
 * Comparing two releases of one list by key: added, removed and changed records, duplicate and
 * reused keys, and systematic revisions, sorted so the few real changes come first.
 */
package org.sijil.core.diff;
