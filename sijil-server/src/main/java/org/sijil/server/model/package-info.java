/**
 * The server's view model: persons, their records and links, releases, diffs, the review queue,
 * corrections, searches and statistics, as the pages and the API show them.
 */
package org.sijil.server.model;
