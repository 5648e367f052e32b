package org.gongshi.archive.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a backup holds ({@code manifest.json} beside the copy): the database file, the counts and
 * the audit chain's head read just before the database was copied, and the content store's blobs.
 * Restoring it is verified against the running server with {@link #verify(Observed)}.
 *
 * @param format manifest format version
 * @param createdAt when the backup started (ISO-8601)
 * @param createdBy the administrator who took it
 * @param database the database copy (H2: a {@code BACKUP TO} zip; PostgreSQL: the command's
 *     pg_dump)
 * @param counts rows read just before the database copy: the copy holds at least these
 * @param audit the audit chain's head read just before the database copy: the copy holds it
 * @param store the blobs copied from the content store
 * @param millis how long the backup took
 */
public record BackupManifest(
    int format,
    String createdAt,
    String createdBy,
    Database database,
    Counts counts,
    AuditMark audit,
    Store store,
    long millis) {

  public static final int FORMAT = 1;

  /** The database copy: kind (H2, PostgreSQL), its file relative to the backup, SHA-256, size. */
  public record Database(String kind, String file, String sha256, long bytes) {}

  public record Counts(long cases, long documents, long files) {}

  /** An audit event by sequence number and chain hash. */
  public record AuditMark(long seq, String hash) {}

  /**
   * The store's copy: blobs and bytes copied, file rows that name a blob, and the SHA-256s of rows
   * whose blob was missing or whose bytes no longer matched (both must be empty).
   */
  public record Store(
      long blobs, long bytes, long filesReferenced, List<String> missing, List<String> corrupt) {}

  /** The restored server as found: what {@link #verify} compares with the manifest. */
  public record Observed(
      Counts counts,
      boolean chainIntact,
      long chainEntries,
      String chainProblem,
      String hashAtMark,
      int fixityChecked,
      int fixityMismatches,
      boolean indexConsistent,
      long indexMissing,
      long indexStale,
      long outboxBehind,
      long casesInIndex,
      long documentsInIndex) {}

  /** One verification result, in words for the administrator. */
  public record Check(String name, boolean ok, String detail) {}

  public record Verification(boolean ok, List<Check> checks) {}

  /**
   * The restored server against this manifest: the audit chain verifies and still holds the
   * backup's head, nothing counted at backup time is missing, every stored file's bytes match their
   * SHA-256, and the search index holds exactly the database's cases and documents.
   */
  public Verification verify(Observed o) {
    List<Check> checks = new ArrayList<>();
    boolean headKept = Objects.equals(audit.hash(), o.hashAtMark());
    checks.add(
        new Check(
            "审计链",
            o.chainIntact() && headKept,
            !o.chainIntact()
                ? "审计链校验失败：" + o.chainProblem()
                : headKept
                    ? "完整，共 " + o.chainEntries() + " 条；备份时的链尾（第 " + audit.seq() + " 条）哈希一致"
                    : "完整，共 " + o.chainEntries() + " 条，但备份时的链尾（第 " + audit.seq() + " 条）缺失或哈希不符"));
    Counts now = o.counts();
    boolean countsKept =
        now.cases() >= counts.cases()
            && now.documents() >= counts.documents()
            && now.files() >= counts.files();
    checks.add(
        new Check(
            "数量",
            countsKept,
            "案卷 %d 件（备份时 %d），文书 %d 份（备份时 %d），文件 %d 个（备份时 %d）%s"
                .formatted(
                    now.cases(),
                    counts.cases(),
                    now.documents(),
                    counts.documents(),
                    now.files(),
                    counts.files(),
                    countsKept ? "" : "：少于备份")));
    boolean fixityOk = o.fixityMismatches() == 0 && o.fixityChecked() >= counts.files();
    checks.add(
        new Check(
            "文件固定性",
            fixityOk,
            o.fixityMismatches() == 0
                ? "校验文件 " + o.fixityChecked() + " 个，SHA-256 全部相符"
                : "校验文件 " + o.fixityChecked() + " 个，不符 " + o.fixityMismatches() + " 个"));
    checks.add(
        new Check(
            "检索索引",
            o.indexConsistent(),
            o.indexConsistent()
                ? "与数据库一致：案卷 %d 件，文书 %d 份".formatted(o.casesInIndex(), o.documentsInIndex())
                : "与数据库不一致：缺 %d 项，多 %d 项，待处理变更 %d 条（索引可能仍在重建）"
                    .formatted(o.indexMissing(), o.indexStale(), o.outboxBehind())));
    return new Verification(checks.stream().allMatch(Check::ok), checks);
  }
}
