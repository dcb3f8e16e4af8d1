package org.sijil.server.model;

import java.time.Instant;

/**
 * An analyst's correction of one of a person's records, as the person page and API show it.
 *
 * @param recordId the record ({@code source/release/row})
 * @param field the corrected field ({@code name_ar}, {@code age}...)
 * @param oldValue the value the record gave before; null when none
 * @param newValue the corrected value
 * @param reason why, as logged
 * @param by who corrected it
 * @param at when
 * @param logIndex the index of its {@code correction} log entry
 * @param applied false when this release of the list gives another value (the list changed it)
 */
public record Correction(
    String recordId,
    String field,
    String oldValue,
    String newValue,
    String reason,
    String by,
    Instant at,
    long logIndex,
    boolean applied) {}
