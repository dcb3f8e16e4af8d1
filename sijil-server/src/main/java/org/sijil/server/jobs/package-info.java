/**
 * Background jobs started from the web (imports and their link runs): run one at a time per server,
 * with live progress while running and a stored record (state, result or error, who started it)
 * that stays readable after they finish and after a restart.
 */
package org.sijil.server.jobs;
