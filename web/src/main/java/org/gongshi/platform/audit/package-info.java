/**
 * The hash-chained audit trail (全过程记录, 禁删改) and its verification. Used by every feature; depends on
 * no feature.
 */
package org.gongshi.platform.audit;
