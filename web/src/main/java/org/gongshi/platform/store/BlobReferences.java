package org.gongshi.platform.store;

import java.util.Set;

/**
 * The blobs a feature's rows name. The fixity check asks every implementation, so a blob that no
 * row names (a crash between storing the bytes and committing the row, or a replaced PDF) is listed
 * for an administrator; the store is write-once, so nothing is deleted.
 */
public interface BlobReferences {
  /** SHA-256 names of the blobs this feature's current rows refer to. */
  Set<String> referenced();
}
