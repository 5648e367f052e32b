/**
 * Gongshi reports: {@link org.gongshi.reports.ReportRenderer} turns plain records ({@link
 * org.gongshi.reports.model}) into PDF (archival ones as PDF/A-1b) and XLSX, from JasperReports
 * templates compiled at build time, with an embedded CJK font.
 */
package org.gongshi.reports;
