/**
 * The rules of major decisions as plain code: which rule applies and whether it makes a decision
 * major, the party's hearing right, the deadlines on the working calendar, and the findings Gongshi
 * pre-fills for a legal review. Never imports boundary.
 */
package org.gongshi.legal.control;
