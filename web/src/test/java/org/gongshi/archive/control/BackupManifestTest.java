package org.gongshi.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackupManifestTest {
  static final BackupManifest MANIFEST =
      new BackupManifest(
          BackupManifest.FORMAT,
          "2026-03-01T10:00:00+08:00",
          "admin",
          new BackupManifest.Database("H2", "database/gongshi-h2.zip", "ab".repeat(32), 1000),
          new BackupManifest.Counts(12, 40, 30),
          new BackupManifest.AuditMark(200, "cd".repeat(32)),
          new BackupManifest.Store(28, 5000, 28, List.of(), List.of()),
          900);

  static BackupManifest.Observed restored() {
    return new BackupManifest.Observed(
        new BackupManifest.Counts(12, 40, 30),
        true,
        203,
        null,
        "cd".repeat(32),
        30,
        0,
        true,
        0,
        0,
        0,
        12,
        40);
  }

  @Test
  void aFaithfulRestorePassesEveryCheck() {
    BackupManifest.Verification v = MANIFEST.verify(restored());
    assertThat(v.ok()).isTrue();
    assertThat(v.checks())
        .extracting(BackupManifest.Check::name)
        .containsExactly("审计链", "数量", "文件固定性", "检索索引");
    assertThat(v.checks().get(0).detail()).contains("共 203 条", "第 200 条");
    assertThat(v.checks().get(2).detail()).contains("校验文件 30 个");
  }

  @Test
  void anAuditChainWithoutTheBackupsHeadFails() {
    var o = restored();
    var other =
        new BackupManifest.Observed(
            o.counts(), true, 150, null, null, 30, 0, true, 0, 0, 0, 12, 40);
    BackupManifest.Verification v = MANIFEST.verify(other);
    assertThat(v.ok()).isFalse();
    assertThat(v.checks().get(0).ok()).isFalse();
    assertThat(v.checks().get(0).detail()).contains("第 200 条", "缺失或哈希不符");
  }

  @Test
  void aBrokenChainFailsWithItsProblem() {
    var o = restored();
    var broken =
        new BackupManifest.Observed(
            o.counts(), false, 80, "第 81 条记录缺失（已被删除）", null, 30, 0, true, 0, 0, 0, 12, 40);
    assertThat(MANIFEST.verify(broken).checks().get(0).detail()).contains("第 81 条记录缺失");
  }

  @Test
  void fewerCasesOrFilesThanBackedUpFail() {
    var o = restored();
    var lost =
        new BackupManifest.Observed(
            new BackupManifest.Counts(12, 40, 29),
            true,
            203,
            null,
            o.hashAtMark(),
            29,
            0,
            true,
            0,
            0,
            0,
            12,
            40);
    BackupManifest.Verification v = MANIFEST.verify(lost);
    assertThat(v.ok()).isFalse();
    assertThat(v.checks().get(1).detail()).contains("文件 29 个（备份时 30）", "少于备份");
    assertThat(v.checks().get(2).ok()).isFalse();
  }

  @Test
  void aMismatchedBlobOrAnIndexStillRebuildingFails() {
    var o = restored();
    var bad =
        new BackupManifest.Observed(
            o.counts(), true, 203, null, o.hashAtMark(), 30, 1, false, 52, 0, 0, 0, 0);
    BackupManifest.Verification v = MANIFEST.verify(bad);
    assertThat(v.ok()).isFalse();
    assertThat(v.checks().get(2).detail()).contains("不符 1 个");
    assertThat(v.checks().get(3).detail()).contains("缺 52 项", "仍在重建");
  }
}
