package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.*;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gongshi.archive.entity.*;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.security.CurrentUser;

/**
 * The archive package of a sealed case: one ZIP with its files in catalog order and a manifest.json
 * (metadata and SHA-256 of every file). Deterministic, so export → import → export gives the same
 * bytes.
 */
@ApplicationScoped
@Transactional
public class ArchivePackages {
  static final String FORMAT = "gongshi-archive/1";
  private static final long FIXED_TIME =
      315532800000L + 86_400_000L; // 1980-01-02, stable ZIP entry times

  @PersistenceContext EntityManager em;
  @Inject CaseService cases;
  @Inject Archive archive;
  @Inject ContentStore contentStore;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;
  @Inject jakarta.enterprise.event.Event<DecisionRecorded> decisionRecorded;

  public record Exported(String fileName, byte[] zip) {}

  public record ManifestFile(
      String path,
      String fileName,
      String sha256,
      long size,
      String mediaType,
      Instant uploadedAt,
      String uploadedBy) {}

  public record ManifestDocument(
      int position,
      DocumentType type,
      String title,
      Instant createdAt,
      String createdBy,
      List<ManifestFile> files) {}

  public record ManifestParty(
      PartyKind kind,
      String name,
      String idNumber,
      String uscc,
      String legalRepresentative,
      String address,
      boolean minor) {}

  public record ManifestPenalty(PenaltyKind kind, BigDecimal amount, String note) {}

  public record ManifestAnnotation(String body, Instant createdAt, String createdBy) {}

  public record Manifest(
      String format,
      String agencyUscc,
      String agencyName,
      String caseNumber,
      String title,
      Procedure procedure,
      CaseSource source,
      String violation,
      String legalBasis,
      String decisionNumber,
      Integer extensionDays,
      String extensionApprovedBy,
      String extensionReason,
      List<ManifestParty> parties,
      List<String> officerCertificates,
      List<ManifestPenalty> penalties,
      Map<String, LocalDate> milestones,
      Instant createdAt,
      String createdBy,
      Instant sealedAt,
      String sealedBy,
      List<ManifestDocument> documents,
      List<ManifestAnnotation> annotations,
      String catalogCode,
      String discretionLevel,
      String discretionReason) {}

  private static Jsonb jsonb() {
    return JsonbBuilder.create(new JsonbConfig().withFormatting(true));
  }

  public Exported export(long caseId) {
    currentUser.require(Role.values());
    EnforcementCase c = cases.readable(caseId);
    if (!c.isSealed()) throw DomainException.conflict("status", "只有已归档的案卷可以导出归档包");
    List<ManifestDocument> docs = new ArrayList<>();
    List<String[]> entries = new ArrayList<>(); // path, sha
    List<CaseDocument> ordered = c.getDocuments().stream().sorted(Views.DOCUMENT_ORDER).toList();
    for (CaseDocument d : ordered) {
      List<ManifestFile> files = new ArrayList<>();
      int n = 0;
      for (StoredFile f : d.getFiles()) {
        String path =
            String.format(
                "files/%03d-%s/%02d-%s", d.getPosition(), d.getType().label, ++n, f.getFileName());
        files.add(
            new ManifestFile(
                path,
                f.getFileName(),
                f.getSha256(),
                f.getSizeBytes(),
                f.getMediaType(),
                f.getUploadedAt(),
                f.getUploadedBy()));
        entries.add(new String[] {path, f.getSha256()});
      }
      docs.add(
          new ManifestDocument(
              d.getPosition(),
              d.getType(),
              d.getTitle(),
              d.getCreatedAt(),
              d.getCreatedBy(),
              files));
    }
    List<ManifestAnnotation> notes =
        em.createQuery(
                "SELECT a FROM Annotation a WHERE a.enforcementCase = :c ORDER BY a.id",
                Annotation.class)
            .setParameter("c", c)
            .getResultStream()
            .map(a -> new ManifestAnnotation(a.getBody(), a.getCreatedAt(), a.getCreatedBy()))
            .toList();
    Manifest m =
        new Manifest(
            FORMAT,
            c.getAgency().getUscc(),
            c.getAgency().getName(),
            c.getCaseNumber(),
            c.getTitle(),
            c.getProcedure(),
            c.getSource(),
            c.getViolation(),
            c.getLegalBasis(),
            c.getDecisionNumber(),
            c.getExtensionDays(),
            c.getExtensionApprovedBy(),
            c.getExtensionReason(),
            c.getParties().stream()
                .map(
                    p ->
                        new ManifestParty(
                            p.getKind(),
                            p.getName(),
                            p.getIdNumber(),
                            p.getUscc(),
                            p.getLegalRepresentative(),
                            p.getAddress(),
                            p.isMinor()))
                .toList(),
            c.getOfficers().stream().map(Officer::getCertificateNo).sorted().toList(),
            c.getPenalties().stream()
                .map(p -> new ManifestPenalty(p.getKind(), p.getAmount(), p.getNote()))
                .toList(),
            milestoneMap(c.getMilestones()),
            c.getCreatedAt(),
            c.getCreatedBy(),
            c.getSealedAt(),
            c.getSealedBy(),
            docs,
            notes,
            c.getCatalogCode(),
            c.getDiscretionLevel(),
            c.getDiscretionReason());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
        Jsonb json = jsonb()) {
      put(zip, "manifest.json", json.toJson(m).getBytes(StandardCharsets.UTF_8));
      for (String[] e : entries) {
        try (InputStream in = contentStore.open(e[1])) {
          put(zip, e[0], in.readAllBytes());
        }
      }
    } catch (Exception e) {
      throw new DomainException(500, null, "导出归档包失败：" + e.getMessage());
    }
    audit.append(currentUser.name(), "EXPORT_CASE", "Case", c.getId(), c.getId(), "导出归档包");
    return new Exported(c.getCaseNumber() + ".zip", bytes.toByteArray());
  }

  public Views.CaseView importPackage(byte[] zipBytes) {
    AppUser user = currentUser.require(Role.ADMIN, Role.CASE_OFFICER);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (!e.isDirectory()) entries.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw DomainException.invalid("file", "不是有效的 ZIP 归档包");
    }
    byte[] manifestBytes = entries.get("manifest.json");
    if (manifestBytes == null)
      throw DomainException.invalid("manifest.json", "归档包中缺少 manifest.json");
    Manifest m;
    try (Jsonb json = jsonb()) {
      m = json.fromJson(new String(manifestBytes, StandardCharsets.UTF_8), Manifest.class);
    } catch (Exception e) {
      throw DomainException.invalid("manifest.json", "manifest.json 格式不正确");
    }
    if (!FORMAT.equals(m.format()))
      throw DomainException.invalid("manifest.json", "不支持的归档包格式：" + m.format());
    Agency agency =
        em.createQuery("SELECT a FROM Agency a WHERE a.uscc = :u", Agency.class)
            .setParameter("u", m.agencyUscc())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "agencyUscc", "本系统中没有统一社会信用代码为 " + m.agencyUscc() + " 的执法机关"));
    currentUser.requireAgency(agency);
    if (!em.createNamedQuery(EnforcementCase.BY_NUMBER, EnforcementCase.class)
        .setParameter("agencyId", agency.getId())
        .setParameter("caseNumber", m.caseNumber())
        .getResultList()
        .isEmpty()) {
      throw DomainException.conflict("caseNumber", "案件 " + m.caseNumber() + " 已存在，不能重复导入");
    }
    for (ManifestDocument d : m.documents()) {
      for (ManifestFile f : d.files()) {
        byte[] b = entries.get(f.path());
        if (b == null) throw DomainException.invalid(f.path(), "归档包中缺少文件 " + f.path());
        if (!ContentStore.sha256Hex(b).equals(f.sha256())) {
          throw DomainException.invalid(
              f.path(), "文件 " + f.path() + " 的 SHA-256 与 manifest 不符，归档包已损坏或被篡改");
        }
      }
    }
    List<Officer> officers = new ArrayList<>();
    for (String cert : m.officerCertificates()) {
      officers.add(
          em.createQuery(
                  "SELECT o FROM Officer o WHERE o.certificateNo = :c AND o.agency = :a",
                  Officer.class)
              .setParameter("c", cert)
              .setParameter("a", agency)
              .getResultStream()
              .findFirst()
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "officerCertificates", "本机关没有执法证号为 " + cert + " 的执法人员")));
    }
    EnforcementCase c =
        new EnforcementCase(
            agency,
            m.caseNumber(),
            m.title(),
            m.procedure(),
            m.source(),
            m.violation(),
            m.legalBasis(),
            m.createdBy(),
            m.createdAt());
    c.replaceParties(
        m.parties().stream()
            .map(
                p ->
                    new Party(
                        p.kind(),
                        p.name(),
                        p.idNumber(),
                        p.uscc(),
                        p.legalRepresentative(),
                        p.address(),
                        p.minor()))
            .toList());
    c.replacePenalties(
        m.penalties().stream().map(p -> new Penalty(p.kind(), p.amount(), p.note())).toList());
    c.replaceOfficers(officers);
    try {
      m.milestones().forEach((k, v) -> c.recordMilestone(MilestoneKind.valueOf(k), v));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("milestones", "manifest.json 中有未知的办案节点");
    }
    if (m.decisionNumber() != null) c.recordDecisionNumber(m.decisionNumber());
    c.linkCatalog(m.catalogCode(), m.discretionLevel(), m.discretionReason());
    if (m.extensionDays() != null)
      c.recordExtension(m.extensionDays(), m.extensionApprovedBy(), m.extensionReason());
    em.persist(c);
    List<CaseDocument> created = new ArrayList<>();
    try {
      for (ManifestDocument md : m.documents()) {
        CaseDocument d = new CaseDocument(c, md.type(), md.title(), md.createdBy(), md.createdAt());
        d.fixPosition(md.position());
        em.persist(d);
        created.add(d);
        for (ManifestFile f : md.files()) {
          try (ContentStore.Staged s =
              contentStore.stage(new ByteArrayInputStream(entries.get(f.path())), Long.MAX_VALUE)) {
            contentStore.admit(s);
          }
          em.persist(
              new StoredFile(
                  d,
                  f.fileName(),
                  f.sha256(),
                  f.size(),
                  f.mediaType(),
                  f.uploadedBy(),
                  f.uploadedAt()));
        }
      }
    } catch (IOException | ContentStore.TooLargeException e) {
      throw new DomainException(500, null, "导入文件写入失败：" + e.getMessage());
    }
    c.restoreSealed(m.sealedBy(), m.sealedAt());
    for (ManifestAnnotation a : m.annotations())
      em.persist(new Annotation(c, a.body(), a.createdBy(), a.createdAt()));
    em.flush();
    audit.append(
        user.getUsername(),
        "IMPORT_CASE",
        "Case",
        c.getId(),
        c.getId(),
        "从归档包导入 " + m.caseNumber() + "，文书 " + created.size() + " 份");
    archive.announce(c);
    em.flush();
    em.refresh(c);
    if (c.getDecisionNumber() != null && c.getMilestones().containsKey(MilestoneKind.DECIDED)) {
      decisionRecorded.fire(CaseService.decisionOf(c));
    }
    return cases.view(c);
  }

  private static Map<String, LocalDate> milestoneMap(Map<MilestoneKind, LocalDate> m) {
    Map<String, LocalDate> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k.name(), v));
    return out;
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(FIXED_TIME);
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }
}
