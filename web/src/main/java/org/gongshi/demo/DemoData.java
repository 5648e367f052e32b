package org.gongshi.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.logging.Logger;
import org.gongshi.archive.boundary.Archive;
import org.gongshi.archive.entity.*;
import org.gongshi.catalog.boundary.Catalogs;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.ItemKind;
import org.gongshi.catalog.control.ItemVersion;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.Settings;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.security.Passwords;

/**
 * Loads the demo bureau on first start (empty database, gongshi.demo=true): three agencies,
 * officers, a user for every role and about 50 cases in every state with real DOCX and PDF files.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  public static final String PASSWORD = "gongshi2026";

  /** The demo publications are approved by one disclosure officer and published by another. */
  static final String APPROVER = "disclosure";

  static final String PUBLISHER = "disclosure3";

  @PersistenceContext EntityManager em;
  @Inject Settings settings;
  @Inject Archive archive;
  @Inject ContentStore contentStore;
  @Inject AuditTrail audit;
  @Inject Catalogs catalogs;
  @Inject MajorDemo majorDemo;
  @Inject DemoCampaigns demoCampaigns;

  @PostConstruct
  void load() {
    long agencies = em.createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult();
    if (agencies == 0 && settings.demo()) {
      seed();
    } else if (settings.demo()) {
      addSecondDisclosureOfficer(); // a demo database from before four eyes
    }
    printLogins();
  }

  private void seed() {
    Random rnd = new Random(20261130L);
    DemoCorpus corpus = new DemoCorpus(rnd);
    List<Agency> agencies =
        List.of(
            new Agency(
                "金华市金东区综合行政执法局",
                "金东综执",
                DemoCorpus.withUsccCheck("11330703MB1234567"),
                "浙江省金华市金东区"),
            new Agency(
                "忻州经济开发区综合行政执法局", "忻开综执", DemoCorpus.withUsccCheck("11140900MB0987654"), "山西省忻州市"),
            new Agency(
                "淄博市周村区综合行政执法局",
                "周村综执",
                DemoCorpus.withUsccCheck("11370306MB1122334"),
                "山东省淄博市周村区"));
    List<List<Officer>> officers = new ArrayList<>();
    int cert = 1;
    for (Agency a : agencies) {
      em.persist(a);
      List<Officer> os = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Officer o =
            new Officer(
                a,
                corpus.personName(),
                String.format("33%06d", cert++),
                LocalDate.of(2028, 12, 31));
        em.persist(o);
        os.add(o);
      }
      officers.add(os);
    }
    List<List<CatalogItemData>> catalog = seedCatalog(agencies);
    user("admin", "系统管理员", null, null, Role.ADMIN);
    user("officer", "金东执法人员", agencies.get(0), officers.get(0).get(0), Role.CASE_OFFICER);
    user("officer2", "忻开执法人员", agencies.get(1), officers.get(1).get(0), Role.CASE_OFFICER);
    user("officer3", "周村执法人员", agencies.get(2), officers.get(2).get(0), Role.CASE_OFFICER);
    user("disclosure", "金东公示审核员", agencies.get(0), null, Role.DISCLOSURE_OFFICER);
    user("disclosure2", "忻开公示审核员", agencies.get(1), null, Role.DISCLOSURE_OFFICER);
    user(PUBLISHER, "金东公示审核员（发布）", agencies.get(0), null, Role.DISCLOSURE_OFFICER);
    user("legal", "金东法制审核员", agencies.get(0), null, Role.LEGAL_REVIEWER);
    user("legaloffice", "区司法局备案审查员", null, null, Role.LEGAL_OFFICE);
    user("reviewer", "案卷评查员", agencies.get(0), null, Role.CASE_REVIEWER);
    em.flush();

    int n = 0;
    for (int i = 0; i < 51; i++) {
      int ai = i % 3;
      Agency a = agencies.get(ai);
      DemoCorpus.DemoCase dc = corpus.nextCase(a, 2025 + (i % 2), i + 1);
      EnforcementCase c =
          new EnforcementCase(
              a,
              dc.caseNumber(),
              dc.title(),
              dc.procedure(),
              dc.source(),
              dc.violation(),
              dc.legalBasis(),
              "officer",
              Instant.now());
      c.replaceParties(List.of(dc.party()));
      c.replacePenalties(dc.penalties());
      List<Officer> os = officers.get(ai);
      c.replaceOfficers(List.of(os.get(i % 4), os.get((i + 1) % 4)));
      dc.milestones().forEach(c::recordMilestone);
      if (dc.decisionNumber() != null)
        c.recordDecisionNumber(
            dc.decisionNumber(),
            org.gongshi.archive.control.DecisionNumbers.key(dc.decisionNumber()));
      if (dc.catalogItem() != null) {
        catalog.get(ai).stream()
            .filter(d -> d.kind() == ItemKind.PENALTY && d.name().contains(dc.catalogItem()))
            .findFirst()
            .ifPresent(d -> c.linkCatalog(d.code(), null, null));
      }
      em.persist(c);
      em.flush();
      audit.append(
          "officer",
          "OPEN_CASE",
          "Case",
          c.getId(),
          c.getId(),
          "立案登记 " + c.getCaseNumber() + "（演示数据）");
      int state = (i / 3) % 3; // 0 open, 1 closed, 2 sealed, spread over every agency
      Set<DocumentType> types =
          state == 0
              ? EnumSet.of(DocumentType.FILING_APPROVAL, DocumentType.INQUIRY_RECORD)
              : DocumentType.requiredFor(c.getProcedure());
      for (DocumentType t : types) {
        CaseDocument d = new CaseDocument(c, t, t.label, "officer", Instant.now());
        d.dateDocument(DemoCorpus.documentDate(dc, t));
        em.persist(d);
        boolean pdf =
            (t == DocumentType.DECISION
                || t == DocumentType.SIMPLE_DECISION
                || t == DocumentType.EVIDENCE);
        byte[] bytes =
            pdf
                ? DemoFiles.pdf(t.label, corpus.documentText(dc, t))
                : DemoFiles.docx(t.label, corpus.documentText(dc, t));
        String name =
            t.label + "-" + dc.caseNumber().replaceAll("[〔〕]", "") + (pdf ? ".pdf" : ".docx");
        store(
            d,
            name,
            bytes,
            pdf
                ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      }
      if (state >= 1) {
        c.recordMilestone(MilestoneKind.CLOSED, dc.closedOn());
        c.close();
      }
      em.flush();
      if (state == 2) {
        em.refresh(c);
        List<CaseDocument> ordered =
            c.getDocuments().stream()
                .sorted(Comparator.comparing(d -> d.getType().ordinal()))
                .toList();
        for (int p = 0; p < ordered.size(); p++) ordered.get(p).fixPosition(p + 1);
        c.seal(
            "officer",
            dc.closedOn().plusDays(5).atTime(10, 0).atZone(Clocks.CHINA).toInstant()); // 归档日
        audit.append("officer", "SEAL_CASE", "Case", c.getId(), c.getId(), "归档封存（演示数据）");
      }
      archive.announce(c);
      n++;
    }
    majorDemo.seed(agencies, officers, this::store);
    demoCampaigns.load(agencies);
    LOG.info("Demo data loaded: " + agencies.size() + " agencies, " + n + " cases");
  }

  /**
   * Each agency's power list as in force from 2024-01-01, and one item revised in 2026, imported
   * from the CSV files under demo/catalog by the catalog's own importer; returns each agency's
   * items of 2025, in the order of {@code agencies}.
   */
  private List<List<CatalogItemData>> seedCatalog(List<Agency> agencies) {
    List<List<CatalogItemData>> byAgency = new ArrayList<>();
    for (int i = 0; i < agencies.size(); i++) {
      long id = agencies.get(i).getId();
      importCatalog(id, "agency-" + (i + 1) + "-2024.csv", LocalDate.of(2024, 1, 1), "2024年权责清单公布");
      importCatalog(
          id, "agency-" + (i + 1) + "-2026-revision.csv", LocalDate.of(2026, 6, 1), "依据法律修订调整事项名称");
      byAgency.add(
          catalogs.listOn(id, LocalDate.of(2025, 1, 1)).stream().map(ItemVersion::data).toList());
    }
    return byAgency;
  }

  private void importCatalog(long agencyId, String file, LocalDate from, String reason) {
    byte[] csv;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/catalog/" + file)) {
      csv = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("demo power list " + file + " is missing", e);
    }
    Catalogs.ImportResult r =
        catalogs.importAs(
            "admin", agencyId, file, csv, from, reason, false, false, false); // before PublicIndex
    if (!r.applied())
      throw new IllegalStateException("demo power list " + file + ": " + r.problems());
  }

  private void store(CaseDocument d, String name, byte[] bytes, String type) {
    try (ContentStore.Staged s =
        contentStore.stage(new ByteArrayInputStream(bytes), Long.MAX_VALUE)) {
      contentStore.admit(s);
      em.persist(new StoredFile(d, name, s.sha256(), s.size(), type, "officer", Instant.now()));
    } catch (Exception e) {
      throw new IllegalStateException("demo file " + name, e);
    }
  }

  private void addSecondDisclosureOfficer() {
    boolean present =
        em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
            .setParameter("username", PUBLISHER)
            .getResultStream()
            .findFirst()
            .isPresent();
    Agency jindong =
        em.createNamedQuery(Agency.BY_SHORT_NAME, Agency.class)
            .setParameter("shortName", "金东综执")
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean demoDatabase =
        em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
            .setParameter("username", APPROVER)
            .getResultStream()
            .anyMatch(a -> a.getAgency() != null && a.getAgency().equals(jindong));
    if (!present && jindong != null && demoDatabase)
      user(PUBLISHER, "金东公示审核员（发布）", jindong, null, Role.DISCLOSURE_OFFICER);
  }

  private void user(String name, String display, Agency agency, Officer officer, Role... roles) {
    em.persist(
        new AppUser(
            name,
            Passwords.hash(PASSWORD),
            display,
            agency,
            officer,
            name + "@example.gov.cn",
            EnumSet.copyOf(Arrays.asList(roles))));
  }

  private void printLogins() {
    List<AppUser> users = em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    StringBuilder sb =
        new StringBuilder("\n================ Gongshi 演示账号 (demo logins) ================\n");
    sb.append("  http://localhost:8080/          公众门户 (public portal)\n");
    sb.append("  http://localhost:8080/staff/    工作人员页面 (staff pages)\n");
    if (settings.demo()) {
      for (AppUser u : users) {
        sb.append(
            String.format(
                "  %-12s / %-12s %-14s %s%n",
                u.getUsername(),
                PASSWORD,
                String.join(",", u.getRoles().stream().map(Enum::name).toList()),
                scopeOf(u)));
      }
    }
    sb.append("===============================================================\n");
    LOG.info(sb.toString());
  }

  private static String scopeOf(AppUser u) {
    if (u.getAgency() != null) return u.getAgency().getName();
    if (u.getRegion() != null && !u.getRegion().isBlank()) return u.getRegion() + "（备案审查）";
    return "全部机关";
  }
}
