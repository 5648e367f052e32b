/**
 * The records of major decisions: rules as data, local time limits, markings, rights, legal
 * reviews, collective discussions and filings. Entities import nothing of control or boundary.
 */
package org.gongshi.legal.entity;
