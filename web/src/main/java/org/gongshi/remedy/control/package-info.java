/** Rules of remedy records: dates and outcomes that fit together. Plain Java. */
package org.gongshi.remedy.control;
