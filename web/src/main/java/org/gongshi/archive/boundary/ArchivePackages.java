package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
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
import org.gongshi.archive.control.CaseRules;
import org.gongshi.archive.control.DecisionNumbers;
import org.gongshi.archive.control.FileNames;
import org.gongshi.archive.control.PartyRules;
import org.gongshi.archive.entity.*;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.ControlCharacters;
import org.gongshi.platform.DatePolicy;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.JsonInput;
import org.gongshi.platform.Problem;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.search.extract.FileTypePolicy;
import org.gongshi.security.CurrentUser;

/**
 * The archive package of a sealed case: one ZIP with its files in catalog order and a manifest.json
 * (metadata and SHA-256 of every file). Deterministic, so export → import → export gives the same
 * bytes.
 *
 * <p>Import is a user action, not a restore: every entry is streamed to the content store's staging
 * area under a cap (each file at most the upload limit, all files together at most {@code
 * maxPackageBytes}, at most {@link #MAX_ENTRIES} entries), so a small ZIP cannot inflate into the
 * heap; file names are cleaned like uploads (no path segments), every file passes the upload type
 * policy, and the importer is recorded as the author of everything created, the package's own
 * authors kept in the IMPORT_CASE audit event.
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
  @Inject TextExtraction extraction;

  /** The most entries one package may hold. */
  static final int MAX_ENTRIES = 10_000;

  /** The largest manifest.json accepted. */
  static final long MAX_MANIFEST_BYTES = 10L << 20;

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
                "files/%03d-%s/%02d-%s",
                d.getPosition(), d.getType().label, ++n, FileNames.clean(f.getFileName()));
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
      java.util.logging.Logger.getLogger(ArchivePackages.class.getName())
          .log(java.util.logging.Level.SEVERE, "export of case " + c.getId() + " failed", e);
      throw new DomainException(500, null, "导出归档包失败：无法读取案卷的文件，请联系管理员");
    }
    audit.append(currentUser.name(), "EXPORT_CASE", "Case", c.getId(), c.getId(), "导出归档包");
    return new Exported(c.getCaseNumber() + ".zip", bytes.toByteArray());
  }

  /**
   * Imports a package read from the stream.
   *
   * @param maxFileBytes the most one file of the package may inflate to (the upload limit)
   * @param maxPackageBytes the most all its entries together may inflate to
   */
  public Views.CaseView importPackage(
      InputStream zipStream, long maxFileBytes, long maxPackageBytes) {
    AppUser user = currentUser.require(Role.ADMIN, Role.CASE_OFFICER);
    Map<String, ContentStore.Staged> entries = new LinkedHashMap<>();
    try {
      byte[] manifestBytes = null;
      try (ZipInputStream zip = new ZipInputStream(zipStream, StandardCharsets.UTF_8)) {
        long total = 0;
        int count = 0;
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          if (e.isDirectory()) continue;
          if (++count > MAX_ENTRIES)
            throw DomainException.invalid("file", "归档包中的文件超过 " + MAX_ENTRIES + " 个");
          if (e.getName().equals("manifest.json")) {
            manifestBytes = zip.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (manifestBytes.length > MAX_MANIFEST_BYTES)
              throw new DomainException(
                  413,
                  "manifest.json",
                  "manifest.json 超过 " + (MAX_MANIFEST_BYTES >> 20) + " MB 上限");
            total += manifestBytes.length;
            continue;
          }
          long room = Math.min(maxFileBytes, maxPackageBytes - total);
          ContentStore.Staged staged;
          try {
            staged = contentStore.stage(zip, room);
          } catch (ContentStore.TooLargeException tooLarge) {
            throw room < maxFileBytes
                ? new DomainException(
                    413,
                    "file",
                    "归档包展开后超过上限 " + org.gongshi.platform.Sizes.mb(maxPackageBytes) + "，未导入")
                : new DomainException(
                    413,
                    e.getName(),
                    "归档包中的文件 "
                        + e.getName()
                        + " 超过单个文件上限 "
                        + org.gongshi.platform.Sizes.mb(maxFileBytes)
                        + "，未导入");
          }
          total += staged.size();
          ContentStore.Staged before = entries.put(e.getName(), staged);
          if (before != null) before.close();
        }
      } catch (IOException | IllegalArgumentException e) {
        throw DomainException.invalid("file", "不是有效的 ZIP 归档包");
      }
      return importEntries(user, manifestBytes, entries);
    } finally {
      entries.values().forEach(ContentStore.Staged::close);
    }
  }

  private Views.CaseView importEntries(
      AppUser user, byte[] manifestBytes, Map<String, ContentStore.Staged> entries) {
    if (manifestBytes == null)
      throw DomainException.invalid("manifest.json", "归档包中缺少 manifest.json");
    String text = new String(manifestBytes, StandardCharsets.UTF_8);
    JsonValue tree;
    try (var reader = Json.createReader(new StringReader(text))) {
      tree = reader.readValue();
    } catch (RuntimeException e) {
      throw DomainException.invalid("manifest.json", "manifest.json 不是合法的 JSON");
    }
    String control = ControlCharacters.offendingField(tree, "");
    if (control != null) throw refused(null, control, "含有控制字符（如 NUL），不允许");
    Problem shape = JsonInput.check(tree, Manifest.class);
    if (shape != null) throw refused(null, shape.field(), shape.message());
    Manifest m;
    try (Jsonb json = jsonb()) {
      m = json.fromJson(text, Manifest.class);
    } catch (Exception e) {
      throw DomainException.invalid("manifest.json", "manifest.json 格式不正确");
    }
    if (!FORMAT.equals(m.format()))
      throw DomainException.invalid("manifest.json", "不支持的归档包格式：" + m.format());
    CaseRulesApplied ruled = applyCaseRules(m);
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
    Map<String, String> types = new HashMap<>(); // path → media type detected from the bytes
    for (ManifestDocument d : m.documents()) {
      for (ManifestFile f : d.files()) {
        ContentStore.Staged b = entries.get(f.path());
        if (b == null) throw DomainException.invalid(f.path(), "归档包中缺少文件 " + f.path());
        if (!b.sha256().equals(f.sha256())) {
          throw DomainException.invalid(
              f.path(), "文件 " + f.path() + " 的 SHA-256 与 manifest 不符，归档包已损坏或被篡改");
        }
        String name = FileNames.clean(f.fileName());
        FileTypePolicy.Decision type;
        try {
          type = extraction.policy().check(b.tempFile(), name);
        } catch (IOException e) {
          throw new DomainException(500, f.path(), "读取归档包中的文件 " + f.path() + " 失败");
        }
        if (!type.allowed()) {
          throw DomainException.invalid(
              f.path(),
              "归档包中的文件“"
                  + name
                  + "”的实际类型为 "
                  + type.mediaType()
                  + "，不在允许上传的类型内。允许："
                  + TextExtraction.ALLOWED_LABEL);
        }
        types.put(f.path(), type.mediaType());
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
            user.getUsername(),
            m.createdAt());
    try {
      CaseRules.checkOfficers(m.procedure(), officers.size());
    } catch (DomainException e) {
      throw refused(m, e.field(), e.getMessage());
    }
    String decisionKey = DecisionNumbers.key(m.decisionNumber());
    try {
      cases.requireUniqueDecisionNumber(agency, decisionKey, null, m.decisionNumber());
    } catch (DomainException e) {
      throw new DomainException(
          409, e.field(), "归档包中的案件 " + m.caseNumber() + "：" + e.getMessage() + "，未导入");
    }
    c.replaceParties(ruled.parties());
    c.replacePenalties(ruled.penalties());
    c.replaceOfficers(officers);
    ruled.milestones().forEach(c::recordMilestone);
    if (decisionKey != null) c.recordDecisionNumber(m.decisionNumber().trim(), decisionKey);
    c.linkCatalog(m.catalogCode(), m.discretionLevel(), m.discretionReason());
    if (m.extensionDays() != null)
      c.recordExtension(m.extensionDays(), m.extensionApprovedBy(), m.extensionReason());
    em.persist(c);
    List<CaseDocument> created = new ArrayList<>();
    try {
      for (ManifestDocument md : m.documents()) {
        CaseDocument d =
            new CaseDocument(c, md.type(), md.title(), user.getUsername(), md.createdAt());
        d.fixPosition(md.position());
        em.persist(d);
        created.add(d);
        for (ManifestFile f : md.files()) {
          ContentStore.Staged staged = entries.get(f.path());
          contentStore.admit(staged); // durable before the row commits; a repeat is a no-op
          String name = FileNames.clean(f.fileName());
          em.persist(
              new StoredFile(
                  d,
                  name,
                  staged.sha256(),
                  staged.size(),
                  types.get(f.path()),
                  user.getUsername(),
                  f.uploadedAt()));
        }
      }
    } catch (IOException e) {
      throw new DomainException(500, null, "导入文件写入失败");
    }
    c.restoreSealed(user.getUsername(), m.sealedAt());
    for (ManifestAnnotation a : m.annotations())
      em.persist(new Annotation(c, a.body(), user.getUsername(), a.createdAt()));
    em.flush();
    audit.append(
        user.getUsername(),
        "IMPORT_CASE",
        "Case",
        c.getId(),
        c.getId(),
        "从归档包导入 "
            + m.caseNumber()
            + "，文书 "
            + created.size()
            + " 份；导入人 "
            + user.getUsername()
            + " 记为创建人；归档包原记录："
            + originalAuthors(m));
    archive.announce(c);
    em.flush();
    em.refresh(c);
    if (c.getDecisionNumber() != null && c.getMilestones().containsKey(MilestoneKind.DECIDED)) {
      decisionRecorded.fire(CaseService.decisionOf(c));
    }
    return cases.view(c);
  }

  /** A manifest's parties, penalties and milestones after every case rule passed. */
  record CaseRulesApplied(
      List<Party> parties, List<Penalty> penalties, Map<MilestoneKind, LocalDate> milestones) {}

  /**
   * The rules a case entered by hand passes, applied to the manifest before anything is stored:
   * required facts present, parties with valid ID numbers and credit codes, penalties the procedure
   * allows, milestone dates real, in order and not in the future, advance notice before a general
   * decision, a decision number when decided, the documents sealing requires. A breach is 422
   * naming the case, the field and the rule.
   */
  static CaseRulesApplied applyCaseRules(Manifest m) {
    if (blank(m.caseNumber())) throw refused(m, "caseNumber", "缺少案件编号");
    if (blank(m.title())) throw refused(m, "title", "缺少案由");
    if (m.procedure() == null) throw refused(m, "procedure", "缺少程序类型");
    if (m.source() == null) throw refused(m, "source", "缺少案件来源");
    if (blank(m.violation())) throw refused(m, "violation", "缺少违法事实");
    if (blank(m.legalBasis())) throw refused(m, "legalBasis", "缺少法律依据");
    if (m.parties() == null || m.parties().isEmpty()) throw refused(m, "parties", "至少需要一名当事人");
    if (m.officerCertificates() == null) throw refused(m, "officerCertificates", "缺少执法人员");
    if (m.documents() == null) throw refused(m, "documents", "缺少文书目录");
    try {
      List<Party> parties = new ArrayList<>();
      for (int i = 0; i < m.parties().size(); i++) {
        ManifestParty p = m.parties().get(i);
        String field = "parties[" + i + "].";
        if (p == null || p.kind() == null) throw refused(m, field + "kind", "缺少当事人类别");
        if (blank(p.name())) throw refused(m, field + "name", "当事人名称不能为空");
        parties.add(
            PartyRules.party(
                field,
                p.kind(),
                p.name(),
                p.idNumber(),
                p.uscc(),
                p.legalRepresentative(),
                p.address(),
                p.minor()));
      }
      List<Penalty> penalties = new ArrayList<>();
      List<ManifestPenalty> given = m.penalties() == null ? List.of() : m.penalties();
      for (int i = 0; i < given.size(); i++) {
        ManifestPenalty p = given.get(i);
        if (p == null || p.kind() == null) throw refused(m, "penalties[" + i + "].kind", "缺少处罚种类");
        penalties.add(new Penalty(p.kind(), p.amount(), p.note()));
      }
      CaseRules.checkPenalties(m.procedure(), parties, penalties);
      Map<MilestoneKind, LocalDate> milestones = new EnumMap<>(MilestoneKind.class);
      LocalDate today = DatePolicy.today();
      if (m.milestones() != null) {
        for (var e : m.milestones().entrySet()) {
          MilestoneKind kind;
          try {
            kind = MilestoneKind.valueOf(e.getKey());
          } catch (IllegalArgumentException unknown) {
            throw refused(m, "milestones." + e.getKey(), "未知的办案节点");
          }
          if (e.getValue() == null) throw refused(m, "milestones." + e.getKey(), "缺少日期");
          String problem = DatePolicy.pastProblem(e.getValue(), today);
          if (problem != null) throw refused(m, "milestones." + e.getKey(), kind.label + problem);
          milestones.put(kind, e.getValue());
        }
      }
      EnforcementCase probe =
          new EnforcementCase(
              null,
              m.caseNumber(),
              m.title(),
              m.procedure(),
              m.source(),
              m.violation(),
              m.legalBasis(),
              null,
              null);
      if (m.extensionDays() != null)
        probe.recordExtension(m.extensionDays(), m.extensionApprovedBy(), m.extensionReason());
      CaseRules.checkMilestones(probe, milestones);
      if (milestones.containsKey(MilestoneKind.DECIDED)
          && m.procedure() == Procedure.GENERAL
          && blank(m.decisionNumber())) {
        throw refused(m, "decisionNumber", "普通程序案件作出处罚决定须有决定书文号");
      }
      Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
      for (ManifestDocument d : m.documents()) {
        if (d == null || d.type() == null) throw refused(m, "documents", "文书缺少类型");
        if (d.files() != null && !d.files().isEmpty()) present.add(d.type());
      }
      if (present.contains(DocumentType.SIMPLE_DECISION)) present.add(DocumentType.DECISION);
      List<String> missing =
          DocumentType.requiredFor(m.procedure()).stream()
              .filter(t -> !present.contains(t))
              .sorted()
              .map(t -> t.label)
              .toList();
      if (!missing.isEmpty())
        throw refused(m, "documents", "已归档案卷缺少必备文书：" + String.join("、", missing));
      return new CaseRulesApplied(parties, penalties, milestones);
    } catch (DomainException e) {
      if (e.status() == 422) throw e;
      throw refused(m, e.field(), e.getMessage());
    }
  }

  /** 422: the package breaks a case rule; names the case, the field and the rule. */
  static DomainException refused(Manifest m, String field, String rule) {
    String which = m == null || blank(m.caseNumber()) ? "归档包" : "归档包中的案件 " + m.caseNumber();
    return new DomainException(422, field, which + "：" + rule + "，未导入");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The package's own authors, kept in the audit trail as imported history. */
  private static String originalAuthors(Manifest m) {
    StringBuilder b = new StringBuilder();
    b.append("立案 ").append(m.createdBy()).append("（").append(m.createdAt()).append("）");
    if (m.sealedBy() != null)
      b.append("，归档 ").append(m.sealedBy()).append("（").append(m.sealedAt()).append("）");
    for (ManifestDocument d : m.documents()) {
      b.append("；文书“").append(d.title()).append("” ").append(d.createdBy());
      for (ManifestFile f : d.files())
        b.append("，文件 ")
            .append(FileNames.clean(f.fileName()))
            .append(" 上传 ")
            .append(f.uploadedBy());
    }
    for (ManifestAnnotation a : m.annotations())
      b.append("；批注 ").append(a.createdBy()).append("（").append(a.createdAt()).append("）");
    return b.toString();
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
