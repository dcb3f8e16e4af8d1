/**
 * The register in an embedded DuckDB file: one JDBC connection, bulk rows by DuckDB's appender, the
 * file's lock keeping a second writer out, and the native library's loading.
 */
package org.sijil.store.duckdb;
