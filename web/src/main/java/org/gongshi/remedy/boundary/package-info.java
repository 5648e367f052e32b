/**
 * Remedy records on a case: the facade (scoped, audited) and its REST resource under
 * /api/cases/{id}/remedies.
 */
package org.gongshi.remedy.boundary;
