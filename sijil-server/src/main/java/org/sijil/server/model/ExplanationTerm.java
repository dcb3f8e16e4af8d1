package org.sijil.server.model;

/**
 * One step of a match-weight waterfall: a comparison, the level the pair reached on it, and the
 * weight (log2 Bayes factor) that level adds.
 */
public record ExplanationTerm(String comparison, String level, double weight) {}
