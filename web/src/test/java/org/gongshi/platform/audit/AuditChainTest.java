package org.gongshi.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  @Test
  void anyChangedFieldOrLinkChangesTheHash() {
    Instant at = Instant.parse("2026-11-30T08:00:00.123456Z");
    String h =
        AuditChain.hash(AuditChain.GENESIS, 1, at, "officer", "OPEN_CASE", "Case", "7", 7L, "立案");
    assertThat(h)
        .hasSize(64)
        .isEqualTo(
            AuditChain.hash(
                AuditChain.GENESIS, 1, at, "officer", "OPEN_CASE", "Case", "7", 7L, "立案"));
    assertThat(
            AuditChain.hash(
                AuditChain.GENESIS, 1, at, "officer", "OPEN_CASE", "Case", "7", 7L, "立案。"))
        .isNotEqualTo(h);
    assertThat(
            AuditChain.hash(
                AuditChain.GENESIS, 2, at, "officer", "OPEN_CASE", "Case", "7", 7L, "立案"))
        .isNotEqualTo(h);
    assertThat(
            AuditChain.hash("1".repeat(64), 1, at, "officer", "OPEN_CASE", "Case", "7", 7L, "立案"))
        .isNotEqualTo(h);
    assertThat(
            AuditChain.hash(AuditChain.GENESIS, 1, at, "admin", "OPEN_CASE", "Case", "7", 7L, "立案"))
        .isNotEqualTo(h);
  }
}
