/**
 * Major decisions (DOMAIN.md §2, §4): the rules kept as data, the party's rights windows, legal
 * review, collective discussion and filing with the legal office, with their REST resource and
 * pages. Sits above the archive; the archive asks it through DecisionPreconditions and
 * MajorDecisionRules, never by name.
 */
package org.gongshi.legal.boundary;
