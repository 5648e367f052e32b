/**
 * Import and export of a whole power list as CSV (UTF-8) or XLSX, one row per item, in the column
 * layout of {@link org.gongshi.catalog.control.io.CatalogFormat}. Reading is a dry run: it never
 * writes and never throws on bad data; it reports every problem by row and column in Chinese and
 * hands out items only when there is none. Depends on commons-csv and Apache POI; knows nothing of
 * persistence.
 */
package org.gongshi.catalog.control.io;
