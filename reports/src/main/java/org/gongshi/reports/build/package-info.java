/**
 * Build-time tools: the JRXML compiler run by Maven, its release-targeting expression compiler
 * (whose class JasperReports also instantiates at run time to load precompiled expressions) and the
 * TTC face extractor used to make the committed font.
 */
package org.gongshi.reports.build;
