/**
 * Persistence only: the {@link org.sijil.store.Register} interface and its areas (releases,
 * records, linkage, estimates, users, jobs, intake, incidents, the integrity log), which the DuckDB
 * and PostgreSQL backends both implement and one contract test suite proves.
 */
package org.sijil.store;
