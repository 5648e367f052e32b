/** Versions of power-list items as stored. */
package org.gongshi.catalog.entity;
