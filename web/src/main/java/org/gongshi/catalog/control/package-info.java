/**
 * The power and responsibility list (权责清单) and its discretion benchmarks (裁量基准): the catalog item
 * values, their validation with Chinese messages, versions in force on a date, the check of a
 * proposed fine against its discretion level, and demo data. Plain Java: no Jakarta EE, no JPA; it
 * may not import any boundary or entity package.
 */
package org.gongshi.catalog.control;
