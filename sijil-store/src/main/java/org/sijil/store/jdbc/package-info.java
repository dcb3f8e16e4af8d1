/**
 * Store areas written once in portable SQL (standard types, {@code ?} parameters) and shared by the
 * DuckDB and PostgreSQL backends, each over the backend's one connection.
 */
package org.sijil.store.jdbc;
