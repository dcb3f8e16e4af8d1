/**
 * Synthetic casualty lists with ground truth (names composed from single-element counts,
 * households, damage, several lists of one population), for tests, benchmarks and the demo.
 * Tooling: no shipped use case depends on it.
 */
package org.sijil.synth;
