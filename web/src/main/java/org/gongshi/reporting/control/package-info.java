/**
 * Report figures as plain Java: parameter parsing with field-named errors, and the aggregations
 * (disclosure timeliness, annual statistics) from rows the boundary reads. No JPA, no JAX-RS.
 */
package org.gongshi.reporting.control;
