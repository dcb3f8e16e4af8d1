package org.sijil.core.diff;

/** One field's value before and after (canonical text; null when absent). */
public record FieldChange(String field, String before, String after) {}
