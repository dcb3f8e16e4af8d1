/**
 * What the pages and the API read from and write to: the register held in memory (reloadable, and
 * answering while it is still being read), its search documents, explanations and statistics.
 */
package org.sijil.server.service;
