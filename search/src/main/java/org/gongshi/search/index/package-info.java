/**
 * The Lucene index: schemas declared once as typed fields ({@link
 * org.gongshi.search.index.ArchiveField}, {@link org.gongshi.search.index.PublicField}), Chinese
 * analysis ({@link org.gongshi.search.index.ChineseAnalysis}), the store with near-real-time
 * refresh and atomic rebuild ({@link org.gongshi.search.index.IndexStore}), and the outbox applier
 * ({@link org.gongshi.search.index.IndexOutbox}).
 *
 * <p>Knows nothing of queries or of the web module.
 */
package org.gongshi.search.index;
