/**
 * Plain input records of the reports: the web application maps its entities to these and hands them
 * to {@link org.gongshi.reports.ReportRenderer}. No JPA, no Jakarta EE.
 */
package org.gongshi.reports.model;
