/**
 * JasperReports plumbing: template cache, record data source, PDF/A and XLSX export, Chinese number
 * and date formatting. Not part of the public API.
 */
package org.gongshi.reports.internal;
