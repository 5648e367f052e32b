/**
 * Demo data loaded into an empty database at first start, through the same services and importers
 * users use (cases, the sample power lists as CSV, published decisions). Nothing else may depend on
 * it.
 */
package org.gongshi.demo;
