/**
 * Store areas whose SQL is portable (standard SQL, {@code ?} parameters), one implementation shared
 * by the DuckDB and PostgreSQL registers: users, sessions, jobs, correction suggestions, intake
 * submissions, incidents, log witnesses, releases, estimate runs, whole tables (copy). Each works
 * on the register's one connection: a single statement commits at once, or joins the transaction
 * the register has open. Not for callers: reach these through {@link org.sijil.store.Register}.
 */
package org.sijil.store.jdbc;
