/**
 * Store areas written once in standard SQL with {@code ?} parameters and shared by the DuckDB and
 * PostgreSQL registers.
 */
package org.sijil.store.jdbc;
