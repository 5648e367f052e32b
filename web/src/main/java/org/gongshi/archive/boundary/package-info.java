/**
 * The case file (案卷): opening, details, milestones, documents and files, sealing, annotations,
 * export and import, the archive search index and the staff search pages. Uses organisation,
 * security, calendar, catalog and platform; the features above it use it.
 */
package org.gongshi.archive.boundary;
