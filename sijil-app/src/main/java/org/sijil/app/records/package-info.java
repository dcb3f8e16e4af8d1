/**
 * Use case: an analyst corrects or removes one stored record, logged as a {@code correction} or
 * {@code removal} entry with the reason and who made it ({@link
 * org.sijil.app.records.AmendRecord}).
 */
package org.sijil.app.records;
