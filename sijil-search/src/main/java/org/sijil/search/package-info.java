/**
 * Person search over an embedded Apache Lucene index: {@link org.sijil.search.PersonSearch} keeps
 * one index of {@link org.sijil.search.SearchDocument}s in a directory (or in memory), brings it up
 * to date incrementally, and answers {@link org.sijil.search.SearchRequest}s with scored hits that
 * say why they matched, facet counts and spelling suggestions. Name analysis uses the project's
 * name engine ({@code org.sijil.core.names}) for what it knows about Arabic names and Lucene's ICU
 * folding for the rest.
 */
package org.sijil.search;
