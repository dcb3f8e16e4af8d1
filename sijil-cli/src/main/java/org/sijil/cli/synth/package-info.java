/**
 * {@code sijil synth}: synthetic casualty lists with their ground truth, for tests, benchmarks and
 * demonstrations (never real people); and the developers' tool that derives its name tables.
 */
package org.sijil.cli.synth;
