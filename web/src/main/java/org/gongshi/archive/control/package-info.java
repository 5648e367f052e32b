/**
 * Archive rules and helpers: procedural rules, the content store, the audit hash, the archive ZIP.
 */
package org.gongshi.archive.control;
