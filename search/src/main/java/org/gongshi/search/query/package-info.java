/**
 * The query side: {@link org.gongshi.search.query.SearchRequest} in, {@link
 * org.gongshi.search.query.SearchResult} out, with the people's query language of {@link
 * org.gongshi.search.query.UserQueryParser}, filters, facets, cursors and escaped highlights.
 *
 * <p>Reads the index through {@link org.gongshi.search.index.IndexStore}; never writes.
 */
package org.gongshi.search.query;
