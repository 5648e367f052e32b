/** Holiday years loaded at run time. */
package org.gongshi.calendar.entity;
