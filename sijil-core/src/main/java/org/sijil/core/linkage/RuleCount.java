package org.sijil.core.linkage;

/** Candidate pairs a blocking rule produces on its own (before the union removes repeats). */
public record RuleCount(String rule, long pairs) {}
