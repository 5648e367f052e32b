/**
 * Gongshi search: text extraction ({@link org.gongshi.search.extract}), the Lucene index ({@link
 * org.gongshi.search.index}) and its query side ({@link org.gongshi.search.query}).
 *
 * <p>Plain Java 21, no Jakarta EE API; the web module depends on this one, never the reverse.
 */
package org.gongshi.search;
