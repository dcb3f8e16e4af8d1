/**
 * Store areas written once in portable SQL ({@code ?} parameters, standard statements) and shared
 * by the DuckDB and PostgreSQL registers.
 */
package org.sijil.store.jdbc;
