/**
 * Typed identifiers of the Chinese administration that validate once: the resident identity card
 * number ({@link org.gongshi.platform.id.IdNumber}, GB 11643-1999) and the unified social credit
 * code ({@link org.gongshi.platform.id.Uscc}, GB 32100-2015).
 *
 * <p>Plain value types: no dependency on any other Gongshi package. Error messages are Chinese, for
 * officers.
 */
package org.gongshi.platform.id;
