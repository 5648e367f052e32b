/**
 * Power lists (权责清单): import with every bad row named, versions by effective date, public queries
 * and exports; feeds the portal through {@link org.gongshi.portal.boundary.PublicItemSource}.
 */
package org.gongshi.catalog.boundary;
