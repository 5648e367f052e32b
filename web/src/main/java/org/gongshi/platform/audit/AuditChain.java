package org.gongshi.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.gongshi.platform.store.ContentStore;

/** The hash that links audit entries: SHA-256 over the previous hash and the entry's fields. */
public final class AuditChain {
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(
      String prevHash,
      long seq,
      Instant at,
      String actor,
      String action,
      String entityType,
      String entityId,
      Long caseId,
      String detail) {
    String canonical =
        String.join(
            "\u001f",
            prevHash,
            Long.toString(seq),
            at.toString(),
            actor,
            action,
            entityType,
            String.valueOf(entityId),
            String.valueOf(caseId),
            String.valueOf(detail));
    return HexFormat.of()
        .formatHex(ContentStore.sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
  }
}
