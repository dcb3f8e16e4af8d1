/**
 * The web pages in Arabic and English and the JSON API: handlers, forms, messages, charts and
 * downloads, with HTML escaped by construction.
 */
package org.sijil.server.web;
