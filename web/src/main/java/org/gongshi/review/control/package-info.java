/**
 * The review standard (items, vetoes, grade thresholds), scoring and seeded sampling. Plain Java.
 */
package org.gongshi.review.control;
