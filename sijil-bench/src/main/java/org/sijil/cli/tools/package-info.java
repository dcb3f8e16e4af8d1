/**
 * The developers' command {@code sijil-tools} (benchmarks and evaluation harnesses), built as
 * {@code sijil-bench/target/sijil-tools.jar} so that none of it ships in the product's {@code
 * sijil.jar}.
 */
package org.sijil.cli.tools;
