/**
 * The search benchmark over a synthetic register (issue 14): the index's build time and size, then
 * the real API served for an outside load generator ({@code wrk}).
 */
package org.sijil.bench.search;
