/**
 * Seeded corpus generator and the search benchmark (Lucene vs PostgreSQL LIKE); test scope only,
 * run with {@code ./mvnw -pl search exec:exec@bench}.
 */
package org.gongshi.search.bench;
