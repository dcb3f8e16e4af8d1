/**
 * Use case: keep the register's search index ({@code sijil-search}) in step with what the register
 * publishes — documents built from the published snapshot, synced by person id, and the register's
 * version stored with the index so a server start that finds it current builds and checks nothing.
 */
package org.sijil.app.search;
