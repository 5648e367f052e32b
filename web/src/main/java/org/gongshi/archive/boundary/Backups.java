package org.gongshi.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gongshi.archive.control.BackupManifest;
import org.gongshi.archive.control.StoreCopy;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Settings;
import org.gongshi.platform.audit.AuditHead;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.store.ContentStore;

/**
 * Online backup of the archive while the server runs, and the check of a restored server against a
 * backup's manifest.
 *
 * <p>Order: counts and the audit head are read, then the database is copied (H2 {@code BACKUP TO},
 * transactionally consistent; PostgreSQL: pg_dump by {@code ./gongshi backup} before it calls
 * this), then the content store. The store is write-once and a blob is admitted (fsynced, renamed)
 * before the row naming it commits, and never deleted: so every row in the database copy names a
 * blob that was in the store before the store copy started. Blobs of uploads that commit later are
 * copied too or not; either way no row of the copy lacks its bytes.
 */
@ApplicationScoped
public class Backups {
  private static final Logger LOG = Logger.getLogger(Backups.class.getName());
  static final String H2_FILE = "database/gongshi-h2.zip";
  static final String PG_FILE = "database/gongshi.pgdump";

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:jboss/datasources/GongshiDS")
  DataSource dataSource;

  @Inject Settings settings;
  @Inject ContentStore contentStore;
  @Inject AuditTrail audit;
  @Inject FixityCheck fixity;
  @Inject ArchiveIndex index;

  private final AtomicBoolean running = new AtomicBoolean();

  /** Takes a backup into a new directory on the server; returns its manifest. */
  public BackupManifest backup(String directory, String by) {
    Path dir = target(directory);
    if (!running.compareAndSet(false, true))
      throw DomainException.conflict("directory", "已有一个备份正在进行，请等它结束后再试");
    try {
      return write(dir, by);
    } catch (IOException e) {
      throw new UncheckedIOException("Backup into " + dir + " failed", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Database backup into " + dir + " failed", e);
    } finally {
      running.set(false);
    }
  }

  private Path target(String directory) {
    if (directory == null || directory.isBlank())
      throw DomainException.invalid("directory", "请填写备份目录：服务器上一个尚不存在的目录的绝对路径");
    Path dir;
    try {
      dir = Path.of(directory);
    } catch (RuntimeException e) {
      throw DomainException.invalid("directory", "备份目录不是合法的路径");
    }
    if (!dir.isAbsolute()) throw DomainException.invalid("directory", "备份目录须为服务器上的绝对路径");
    dir = dir.normalize();
    if (Files.exists(dir)) throw DomainException.invalid("directory", "备份目录已存在：备份只写入新目录，不覆盖任何文件");
    if (dir.getParent() == null || !Files.isDirectory(dir.getParent()))
      throw DomainException.invalid("directory", "备份目录的上级目录不存在");
    Path store = settings.storeDir().toAbsolutePath().normalize();
    Path indexDir = settings.indexDir().toAbsolutePath().normalize();
    if (dir.startsWith(store) || dir.startsWith(indexDir))
      throw DomainException.invalid("directory", "备份目录不能位于文件库或索引目录之内");
    return dir;
  }

  private BackupManifest write(Path dir, String by) throws IOException, SQLException {
    long started = System.nanoTime();
    String createdAt = OffsetDateTime.now(Clocks.CHINA).truncatedTo(ChronoUnit.SECONDS).toString();
    // read before the database copy: the copy holds at least these rows and this audit head
    BackupManifest.Counts counts = counts();
    AuditHead head = em.find(AuditHead.class, 1);
    BackupManifest.AuditMark mark =
        new BackupManifest.AuditMark(head.getLastSeq(), head.getLastHash());
    Set<String> referenced =
        new HashSet<>(
            em.createQuery("SELECT DISTINCT f.sha256 FROM StoredFile f", String.class)
                .getResultList());
    em.clear();

    Files.createDirectories(dir.resolve("database"));
    BackupManifest.Database database = copyDatabase(dir);
    StoreCopy.Result copy = StoreCopy.copy(settings.storeDir(), dir.resolve("store"));
    Set<String> copied = new HashSet<>();
    copy.copied().forEach(b -> copied.add(b.sha256()));
    List<String> missing = referenced.stream().filter(s -> !copied.contains(s)).sorted().toList();
    BackupManifest.Store store =
        new BackupManifest.Store(
            copy.copied().size(), copy.bytes(), referenced.size(), missing, copy.corrupt());

    StringBuilder sums = new StringBuilder();
    if (database.sha256() != null)
      sums.append(database.sha256()).append("  ").append(database.file()).append('\n');
    for (StoreCopy.Blob b : copy.copied())
      sums.append(b.sha256()).append("  store/").append(b.path()).append('\n');
    writeDurably(dir.resolve("SHA256SUMS"), sums.toString());

    long millis = (System.nanoTime() - started) / 1_000_000;
    BackupManifest m =
        new BackupManifest(
            BackupManifest.FORMAT, createdAt, by, database, counts, mark, store, millis);
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      writeDurably(dir.resolve("manifest.json"), jsonb.toJson(m) + "\n");
    } catch (Exception e) {
      throw new IOException("Writing the manifest", e);
    }
    LOG.info(
        "Backup into "
            + dir
            + ": "
            + counts.cases()
            + " cases, "
            + store.blobs()
            + " blobs ("
            + store.bytes()
            + " bytes), "
            + millis
            + " ms");
    return m;
  }

  /** H2: BACKUP TO through the application's datasource; else left to the command's pg_dump. */
  private BackupManifest.Database copyDatabase(Path dir) throws SQLException, IOException {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      if (!"H2".equalsIgnoreCase(product))
        return new BackupManifest.Database(product, PG_FILE, null, 0);
      Path zip = dir.resolve(H2_FILE);
      try (Statement s = c.createStatement()) {
        s.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
      }
      return new BackupManifest.Database("H2", H2_FILE, sha256(zip), Files.size(zip));
    }
  }

  BackupManifest.Counts counts() {
    return new BackupManifest.Counts(
        em.createQuery("SELECT COUNT(c) FROM EnforcementCase c", Long.class).getSingleResult(),
        em.createQuery("SELECT COUNT(d) FROM CaseDocument d", Long.class).getSingleResult(),
        em.createQuery("SELECT COUNT(f) FROM StoredFile f", Long.class).getSingleResult());
  }

  /** Appends the backup to the audit trail (after the copy: the backup does not hold it). */
  @Transactional
  public void recordBackup(String by, String directory, BackupManifest m) {
    audit.append(
        by,
        "BACKUP",
        "Archive",
        null,
        null,
        "备份至 %s：案卷 %d 件，文书 %d 份，文件 %d 个（%d 字节），审计记录至第 %d 条，用时 %d 毫秒%s"
            .formatted(
                directory,
                m.counts().cases(),
                m.counts().documents(),
                m.store().blobs(),
                m.store().bytes(),
                m.audit().seq(),
                m.millis(),
                m.store().missing().isEmpty() && m.store().corrupt().isEmpty()
                    ? ""
                    : "；缺失 "
                        + m.store().missing().size()
                        + " 个，不符 "
                        + m.store().corrupt().size()
                        + " 个"));
  }

  /** The running server against a backup's manifest (after a restore); audited. */
  public BackupManifest.Verification verify(BackupManifest m) {
    if (m == null || m.counts() == null || m.audit() == null)
      throw DomainException.invalid("manifest", "请求体须为备份目录中的 manifest.json");
    AuditTrail.ChainReport chain = audit.verify();
    List<String> hash =
        em.createQuery("SELECT e.hash FROM AuditEvent e WHERE e.seq = :seq", String.class)
            .setParameter("seq", m.audit().seq())
            .getResultList();
    FixityCheck.Report fix = fixity.run();
    ArchiveIndex.Drift drift = index.drift();
    BackupManifest.Verification v =
        m.verify(
            new BackupManifest.Observed(
                counts(),
                chain.intact(),
                chain.entries(),
                chain.problem(),
                hash.isEmpty() ? null : hash.get(0),
                fix.checked(),
                fix.mismatches().size(),
                drift.consistent(),
                drift.missing().size(),
                drift.stale().size(),
                drift.outboxBehind(),
                drift.casesInIndex(),
                drift.documentsInIndex()));
    em.clear();
    return v;
  }

  @Transactional
  public void recordVerification(String by, BackupManifest m, BackupManifest.Verification v) {
    audit.append(
        by,
        "BACKUP_VERIFIED",
        "Archive",
        null,
        null,
        (v.ok() ? "恢复核验通过" : "恢复核验未通过")
            + "（备份时间 "
            + m.createdAt()
            + "）："
            + String.join(
                "；",
                v.checks().stream()
                    .map(c -> c.name() + (c.ok() ? "通过" : "未通过") + "，" + c.detail())
                    .toList()));
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest sha = ContentStore.sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void writeDurably(Path file, String text) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    }
  }
}
