package org.gongshi.catalog.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.CatalogVersions;
import org.gongshi.catalog.control.ImportPlan;
import org.gongshi.catalog.control.ItemVersion;
import org.gongshi.catalog.control.io.CatalogReader;
import org.gongshi.catalog.control.io.CatalogWriter;
import org.gongshi.catalog.control.io.ImportReport;
import org.gongshi.catalog.control.io.RowProblem;
import org.gongshi.catalog.entity.CatalogItemVersion;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.portal.boundary.PublicItemSource;
import org.gongshi.security.CurrentUser;

/**
 * Power lists (权责清单) per agency: versioned items, all-or-nothing import with a dry run that reports
 * every bad row, export, and the list in force on any date.
 */
@ApplicationScoped
@Transactional
public class Catalogs {
  @Inject Clock clock;
  static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(
              com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              false);

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Event<PublicItemSource.PublicItemsChanged> changed;
  @Inject org.gongshi.platform.cluster.ChangeFeed feed;
  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<Long, CatalogVersions> cache = new ConcurrentHashMap<>();

  public record ImportResult(
      boolean dryRun,
      boolean applied,
      int rowsRead,
      List<RowProblem> problems,
      String summary,
      int added,
      int changed,
      int withdrawn,
      int unchanged) {}

  /** Reads the agency's power list from the database at the next use. */
  public void forget(long agencyId) {
    cache.remove(agencyId);
  }

  /**
   * Forgets the agency's list now and again when the transaction has ended: a reader on another
   * thread that loaded the old rows before the commit must not keep them (a CI run showed the old
   * name on the public item page after an import).
   */
  private void forgetOnceCommitted(long agencyId) {
    cache.remove(agencyId);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            cache.remove(agencyId);
          }
        });
  }

  public CatalogVersions versions(long agencyId) {
    return cache.computeIfAbsent(
        agencyId,
        id ->
            CatalogVersions.of(
                em.createNamedQuery(CatalogItemVersion.BY_AGENCY, CatalogItemVersion.class)
                    .setParameter("agencyId", id)
                    .getResultStream()
                    .map(Catalogs::toVersion)
                    .toList()));
  }

  public List<Agency> agencies() {
    return em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
  }

  public Agency agency(long id) {
    Agency a = em.find(Agency.class, id);
    if (a == null) throw DomainException.notFound("没有编号为 " + id + " 的执法机关");
    return a;
  }

  /** Reads a CSV or XLSX catalog; on a dry run or any problem nothing is written. */
  public ImportResult importFile(
      long agencyId,
      String fileName,
      byte[] bytes,
      LocalDate effectiveFrom,
      String reason,
      boolean dryRun,
      boolean withdrawMissing) {
    AppUser user = currentUser.require(Role.ADMIN);
    return importAs(
        user.getUsername(),
        agencyId,
        fileName,
        bytes,
        effectiveFrom,
        reason,
        dryRun,
        withdrawMissing,
        true);
  }

  /**
   * The import itself, recorded in the given name: for server-side loaders that act without a
   * request (the demo data); requests go through {@link #importFile}. The public index follows
   * after commit when {@code notifyPortal}; a loader that runs before the public index has started
   * passes false and leaves it to the index's own start-up rebuild (an event would wait for the
   * index, which waits for the loader).
   */
  public ImportResult importAs(
      String actor,
      long agencyId,
      String fileName,
      byte[] bytes,
      LocalDate effectiveFrom,
      String reason,
      boolean dryRun,
      boolean withdrawMissing,
      boolean notifyPortal) {
    Agency agency = agency(agencyId);
    if (effectiveFrom == null)
      throw DomainException.invalid("effectiveFrom", "请填写生效日期（YYYY-MM-DD）");
    if (reason == null || reason.isBlank())
      throw DomainException.invalid("reason", "请填写变更原因，如“依据某法修订调整”");
    ImportReport report = read(fileName, bytes);
    if (!report.importable()) {
      return new ImportResult(
          dryRun, false, report.rowsRead(), report.problems(), report.summary(), 0, 0, 0, 0);
    }
    ImportPlan plan =
        versions(agencyId)
            .planImport(report.items(), effectiveFrom, reason.strip(), withdrawMissing);
    List<RowProblem> planProblems =
        plan.problems().stream().map(p -> new RowProblem(0, p.field(), p.message())).toList();
    boolean apply = !dryRun && plan.problems().isEmpty();
    if (apply) {
      Instant now = Instant.now();
      for (ItemVersion v : plan.versions()) {
        CatalogItemData d = v.data();
        em.persist(
            new CatalogItemVersion(
                agencyId,
                v.code(),
                v.number(),
                v.effectiveFrom(),
                v.reason(),
                d == null ? null : d.name(),
                d == null ? null : d.kind().name(),
                d == null ? null : d.domain(),
                d == null ? null : d.enforcementUnit(),
                d == null,
                d == null ? null : write(d),
                actor,
                now));
      }
      audit.append(
          actor,
          "IMPORT_CATALOG",
          "Catalog",
          agencyId,
          null,
          agency.getName()
              + " 权责清单导入（"
              + fileName
              + "，生效 "
              + effectiveFrom
              + "）："
              + plan.summary()
              + "；原因："
              + reason);
      forgetOnceCommitted(agencyId);
      feed.record(org.gongshi.platform.cluster.ChangeFeed.CATALOG, agencyId); // the other nodes
      if (notifyPortal) changed.fire(new PublicItemSource.PublicItemsChanged(agencyId));
    }
    return new ImportResult(
        dryRun,
        apply,
        report.rowsRead(),
        planProblems,
        plan.summary(),
        plan.added(),
        plan.changed(),
        plan.withdrawn(),
        plan.unchanged());
  }

  public byte[] export(long agencyId, LocalDate on, String format) {
    List<CatalogItemData> items = listOn(agencyId, on).stream().map(ItemVersion::data).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if ("xlsx".equals(format)) CatalogWriter.writeXlsx(items, out);
      else if ("csv".equals(format)) CatalogWriter.writeCsv(items, out);
      else throw DomainException.invalid("format", "格式只能是 csv 或 xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The items in force on a date (withdrawn ones left out). */
  public List<ItemVersion> listOn(long agencyId, LocalDate on) {
    return versions(agencyId).listOn(on == null ? LocalDate.now(clock) : on).stream()
        .filter(v -> !v.withdrawn())
        .toList();
  }

  public Optional<ItemVersion> item(long agencyId, String code, LocalDate on) {
    return versions(agencyId)
        .inForce(code, on == null ? LocalDate.now(clock) : on)
        .filter(v -> !v.withdrawn());
  }

  public List<ItemVersion> history(long agencyId, String code) {
    return versions(agencyId).history(code);
  }

  private static ImportReport read(String fileName, byte[] bytes) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    CatalogReader reader = new CatalogReader();
    try {
      if (bytes.length > CatalogReader.DEFAULT_MAX_BYTES) {
        return ImportReport.refused(
            new RowProblem(
                0,
                "文件",
                "文件大小 "
                    + bytes.length / 1024 / 1024
                    + " MB，超过上限 "
                    + CatalogReader.DEFAULT_MAX_BYTES / 1024 / 1024
                    + " MB"));
      }
      if (name.endsWith(".xlsx")) return reader.readXlsx(new ByteArrayInputStream(bytes));
      if (name.endsWith(".csv")) return reader.readCsv(new ByteArrayInputStream(bytes));
      return ImportReport.refused(
          new RowProblem(0, "文件", "只接受 .csv 或 .xlsx 文件，收到“" + fileName + "”"));
    } catch (IOException e) {
      return ImportReport.refused(new RowProblem(0, "文件", "文件无法读取（上传中断或文件损坏），请重新上传"));
    }
  }

  static String write(CatalogItemData d) {
    try {
      return JSON.writeValueAsString(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ItemVersion toVersion(CatalogItemVersion v) {
    try {
      CatalogItemData d =
          v.isWithdrawn() ? null : JSON.readValue(v.getData(), CatalogItemData.class);
      return new ItemVersion(v.getCode(), v.getVersionNo(), v.getEffectiveFrom(), v.getReason(), d);
    } catch (IOException e) {
      throw new UncheckedIOException("catalog item " + v.getCode() + " v" + v.getVersionNo(), e);
    }
  }
}
