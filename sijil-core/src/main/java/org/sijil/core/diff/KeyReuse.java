package org.sijil.core.diff;

import java.util.Map;

/**
 * A key that points to a clearly different person in the later release.
 *
 * @param before the earlier record's canonical fields
 * @param after the later record's canonical fields
 * @param nameSimilarity similarity of the two names in [0,1]
 */
public record KeyReuse(
    String key, Map<String, String> before, Map<String, String> after, double nameSimilarity) {}
