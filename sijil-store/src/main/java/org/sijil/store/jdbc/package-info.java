/**
 * Store areas written once in portable SQL (standard types, {@code ?} parameters) and shared by the
 * DuckDB and PostgreSQL backends, each over the backend's own connection.
 */
package org.sijil.store.jdbc;
