/**
 * Report downloads: the facade that reads and scopes the data, /api/reports, and the staff reports
 * page.
 */
package org.gongshi.reporting.boundary;
