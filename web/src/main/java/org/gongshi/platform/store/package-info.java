/**
 * The write-once, content-addressed file store (SHA-256 paths). Used by every feature; depends on
 * no feature.
 */
package org.gongshi.platform.store;
