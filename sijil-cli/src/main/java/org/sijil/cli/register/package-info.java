/**
 * The register's commands: {@code sijil import} and {@code export}, {@code releases}, {@code show},
 * {@code rejects}, {@code warnings} and {@code diff}, with their shared options and the phases a
 * command's time goes to; also the synthetic list the benchmarks import.
 */
package org.sijil.cli.register;
