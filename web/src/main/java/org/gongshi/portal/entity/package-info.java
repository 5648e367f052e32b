/** The public copy of published decisions: the only data the portal reads. */
package org.gongshi.portal.entity;
