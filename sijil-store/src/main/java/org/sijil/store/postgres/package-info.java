/**
 * The register in a PostgreSQL database ({@code --db postgresql://user@host:5432/name}): the same
 * store interfaces as the DuckDB backend, over the official JDBC driver and a HikariCP pool, with
 * the shared numbered migrations, with PostgreSQL's own file where its SQL differs ({@code
 * org/sijil/store/migrations/postgres/}). Only {@link org.sijil.store.postgres.PostgresRegister}
 * and {@link org.sijil.store.postgres.PostgresUrl} are public; the areas are package-private. The
 * password never comes from the command line: {@code PGPASSWORD}, else the driver's password file
 * ({@code PGPASSFILE}, {@code ~/.pgpass}).
 */
package org.sijil.store.postgres;
