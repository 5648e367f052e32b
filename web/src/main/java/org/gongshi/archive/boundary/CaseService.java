package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.archive.boundary.Inputs.*;
import org.gongshi.archive.boundary.Views.*;
import org.gongshi.archive.control.CaseRules;
import org.gongshi.archive.control.DecisionNumbers;
import org.gongshi.archive.control.PartyRules;
import org.gongshi.archive.entity.*;
import org.gongshi.catalog.boundary.Catalogs;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DatePolicy;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.security.CurrentUser;

/**
 * A case's life: opening, details, milestones, closing, sealing and annotations, each checked for
 * role and agency scope, refused when the case is sealed, audited and announced to the search
 * outbox. Documents and files are {@link CaseFiles}; lists are {@link CaseQueries}.
 */
@ApplicationScoped
@Transactional
public class CaseService {
  @Inject Clock clock;
  static final Role[] WRITERS = {Role.CASE_OFFICER, Role.ADMIN};
  static final Role[] READERS = Role.values();

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Archive archive;
  @Inject ContentStore contentStore;
  @Inject Event<DecisionRecorded> decisionRecorded;
  @Inject Catalogs catalogs;
  @Inject jakarta.enterprise.inject.Instance<DecisionPreconditions> preconditions;
  @Inject jakarta.enterprise.inject.Instance<MajorDecisionRules> majorRules;

  public CaseView getCase(long id) {
    EnforcementCase c = readable(id);
    return view(c);
  }

  public CaseView openCase(CaseInput in) {
    AppUser user = currentUser.require(WRITERS);
    Agency agency = agencyFor(user, in.agencyId());
    EnforcementCase c =
        new EnforcementCase(
            agency,
            in.caseNumber().trim(),
            in.title().trim(),
            in.procedure(),
            in.source(),
            in.violation(),
            in.legalBasis(),
            user.getUsername(),
            Instant.now());
    requireUniqueNumber(agency, c.getCaseNumber());
    applyDetails(c, in);
    em.persist(c);
    em.flush();
    audit.append(
        user.getUsername(),
        "OPEN_CASE",
        "Case",
        c.getId(),
        c.getId(),
        "立案登记 " + c.getCaseNumber() + "：" + c.getTitle());
    archive.announce(c);
    return view(c);
  }

  public CaseView updateCase(long id, CaseInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(id, "UPDATE_CASE");
    String before = describe(c);
    if (!c.getCaseNumber().equals(in.caseNumber().trim())) {
      throw DomainException.invalid("caseNumber", "案件编号立案后不能更改");
    }
    applyDetails(c, in);
    audit.append(
        user.getUsername(),
        "UPDATE_CASE",
        "Case",
        c.getId(),
        c.getId(),
        "修改前：" + before + "\n修改后：" + describe(c));
    archive.announce(c);
    return view(c);
  }

  public CaseView recordMilestone(long id, MilestoneInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(id, "RECORD_MILESTONE");
    String dayProblem = DatePolicy.pastProblem(in.day(), LocalDate.now(clock));
    if (dayProblem != null) throw DomainException.invalid("day", in.kind().label + dayProblem);
    LocalDate before = c.getMilestones().get(in.kind());
    Map<MilestoneKind, LocalDate> next = new EnumMap<>(MilestoneKind.class);
    next.putAll(c.getMilestones());
    next.put(in.kind(), in.day());
    CaseRules.checkMilestones(c, next);
    if (in.kind() == MilestoneKind.DECIDED && c.getProcedure() == Procedure.GENERAL) {
      if (in.decisionNumber() == null || in.decisionNumber().isBlank()) {
        throw DomainException.invalid("decisionNumber", "记录处罚决定时须填写决定书文号，如 金东综执罚决字〔2024〕第123号");
      }
      for (DecisionPreconditions p : preconditions) p.check(c, in.day());
    }
    String discretionNote =
        in.kind() == MilestoneKind.DECIDED ? checkDiscretion(c, in.day()) : null;
    String windowNote = CaseRules.decisionWindow(next, day -> hearingRight(c, day));
    if (windowNote != null) {
      discretionNote = discretionNote == null ? windowNote : discretionNote + "；" + windowNote;
    }
    if (in.decisionNumber() != null && !in.decisionNumber().isBlank()) {
      String number = in.decisionNumber().trim();
      String key = DecisionNumbers.key(number);
      requireUniqueDecisionNumber(c.getAgency(), key, c.getId(), number);
      c.recordDecisionNumber(number, key);
    }
    c.recordMilestone(in.kind(), in.day());
    audit.append(
        user.getUsername(),
        "RECORD_MILESTONE",
        "Case",
        c.getId(),
        c.getId(),
        in.kind().label
            + "："
            + (before == null ? "（无）" : before)
            + " → "
            + in.day()
            + (in.decisionNumber() == null ? "" : "，文号 " + in.decisionNumber())
            + (discretionNote == null ? "" : "；" + discretionNote));
    try {
      em.flush(); // the unique constraint backs the check above when two requests race
    } catch (PersistenceException e) {
      if (!violates(e, "uq_case_decision_number")) throw e;
      throw DomainException.conflict(
          "decisionNumber", "决定书文号“" + in.decisionNumber() + "”已被本机关其他案件使用");
    }
    if (in.kind() == MilestoneKind.DECIDED) decisionRecorded.fire(decisionOf(c));
    archive.announce(c);
    return view(c);
  }

  /** The facts of a case's decision that disclosure needs. */
  public static DecisionRecorded decisionOf(EnforcementCase c) {
    boolean warningOnly =
        !c.getPenalties().isEmpty()
            && c.getPenalties().stream().allMatch(p -> p.getKind() == PenaltyKind.WARNING);
    return new DecisionRecorded(
        c.getId(),
        c.getAgency().getId(),
        c.getCaseNumber(),
        c.getDecisionNumber(),
        c.getMilestones().get(MilestoneKind.DECIDED),
        c.getProcedure() == Procedure.SIMPLE,
        warningOnly,
        c.getParties().stream().anyMatch(Party::isMinor));
  }

  /** Whether the case's fine lies within its discretion level, as the case page shows it. */
  private String discretionStatus(EnforcementCase c) {
    if (c.getCatalogCode() == null || c.getDiscretionLevel() == null) return null;
    LocalDate on = c.getMilestones().getOrDefault(MilestoneKind.DECIDED, LocalDate.now(clock));
    return catalogs
        .item(c.getAgency().getId(), c.getCatalogCode(), on)
        .map(
            item -> {
              java.math.BigDecimal fine = c.totalFine();
              var r =
                  org.gongshi.catalog.control.DiscretionCheck.check(
                      item.data(), c.getDiscretionLevel(), fine, c.getDiscretionReason());
              return switch (r.outcome()) {
                case OK -> "罚款在“" + c.getDiscretionLevel() + "”裁量档次范围内";
                case ACCEPTED_WITH_REASON -> "超出裁量档次，已附书面理由（提交法制审核）";
                default -> r.message();
              };
            })
        .orElse("权责清单中没有该事项的有效版本");
  }

  /** A fine outside the case's discretion level is refused unless a written reason was recorded. */
  private String checkDiscretion(EnforcementCase c, LocalDate decided) {
    if (c.getCatalogCode() == null || c.getDiscretionLevel() == null) return null;
    var item =
        catalogs
            .item(c.getAgency().getId(), c.getCatalogCode(), decided)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "catalogCode", "决定日 " + decided + " 有效的权责清单中没有事项 " + c.getCatalogCode()));
    java.math.BigDecimal fine = c.totalFine();
    var result =
        org.gongshi.catalog.control.DiscretionCheck.check(
            item.data(), c.getDiscretionLevel(), fine, c.getDiscretionReason());
    if (!result.allowed()) throw DomainException.invalid("discretionLevel", result.message());
    return result.needsLegalReview()
        ? "超出裁量档次，书面理由提交法制审核：" + c.getDiscretionReason()
        : "罚款在“" + c.getDiscretionLevel() + "”档次范围内";
  }

  public CaseView recordExtension(long id, ExtensionInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(id, "RECORD_EXTENSION");
    c.recordExtension(in.days(), in.approvedBy(), in.reason());
    audit.append(
        user.getUsername(),
        "RECORD_EXTENSION",
        "Case",
        c.getId(),
        c.getId(),
        "延期 " + in.days() + " 日，批准人 " + in.approvedBy() + "，理由：" + in.reason());
    return view(c);
  }

  /**
   * Records the day of the violation (or of the end of a continuing one), from which the two-year
   * limitation of 行政处罚法第三十六条 runs; it may not be after the filing.
   */
  public CaseView recordViolationDay(long id, ViolationDayInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(id, "RECORD_VIOLATION_DAY");
    String dayProblem = DatePolicy.pastProblem(in.day(), LocalDate.now(clock));
    if (dayProblem != null) throw DomainException.invalid("day", "违法行为发生" + dayProblem);
    LocalDate filed = c.getMilestones().get(MilestoneKind.FILED);
    if (filed != null && in.day().isAfter(filed))
      throw DomainException.invalid("day", "违法行为发生日期 " + in.day() + " 不能晚于立案日期 " + filed);
    LocalDate before = c.getViolationDay();
    c.recordViolationDay(in.day());
    audit.append(
        user.getUsername(),
        "RECORD_VIOLATION_DAY",
        "Case",
        c.getId(),
        c.getId(),
        (before == null ? "记录" : "将 " + before + " 改为") + "违法行为发生日期 " + in.day());
    return view(c);
  }

  public CaseView closeCase(long id) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(id, "CLOSE_CASE");
    if (c.getStatus() != CaseStatus.OPEN) throw DomainException.conflict("status", "案件已结案");
    if (c.getProcedure() == Procedure.GENERAL
        && !c.getMilestones().containsKey(MilestoneKind.DECIDED)) {
      throw DomainException.invalid("milestones.DECIDED", "普通程序案件须先记录处罚决定（或不予处罚决定）方可结案");
    }
    if (!c.getMilestones().containsKey(MilestoneKind.CLOSED)) {
      Map<MilestoneKind, LocalDate> next = new EnumMap<>(MilestoneKind.class);
      next.putAll(c.getMilestones());
      next.put(MilestoneKind.CLOSED, LocalDate.now(clock));
      CaseRules.checkMilestones(c, next);
      c.recordMilestone(MilestoneKind.CLOSED, LocalDate.now(clock));
    }
    c.close();
    audit.append(user.getUsername(), "CLOSE_CASE", "Case", c.getId(), c.getId(), "结案");
    archive.announce(c);
    return view(c);
  }

  /** 归档: every required document present, every file intact; then the order is fixed for good. */
  public CaseView sealCase(long id) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(id, "SEAL_CASE");
    if (c.getStatus() != CaseStatus.CLOSED) {
      throw DomainException.conflict("status", "只有已结案的案件才能归档，当前状态：" + c.getStatus().label);
    }
    List<DocumentType> missing = missingDocuments(c);
    if (!missing.isEmpty()) {
      throw new DomainException(
          409,
          "documents",
          "归档前缺少以下文书（须至少各有一份文件）：" + String.join("、", missing.stream().map(t -> t.label).toList()));
    }
    List<String> broken = new ArrayList<>();
    for (CaseDocument d : c.getDocuments()) {
      for (StoredFile f : d.getFiles()) {
        boolean ok = contentStore.verify(f.getSha256());
        f.recordFixity(ok, Instant.now());
        if (!ok) broken.add(f.getFileName());
      }
    }
    if (!broken.isEmpty()) {
      throw new DomainException(409, "files", "以下文件与其校验值不符或已丢失，不能归档：" + String.join("、", broken));
    }
    List<CaseDocument> ordered =
        c.getDocuments().stream()
            .sorted(
                Comparator.comparing((CaseDocument d) -> d.getType().ordinal())
                    .thenComparing(CaseDocument::getId))
            .toList();
    for (int i = 0; i < ordered.size(); i++) ordered.get(i).fixPosition(i + 1);
    c.seal(user.getUsername(), Instant.now());
    audit.append(
        user.getUsername(),
        "SEAL_CASE",
        "Case",
        c.getId(),
        c.getId(),
        "归档封存，文书 " + ordered.size() + " 份");
    archive.announce(c);
    return view(c);
  }

  /** Corrections after sealing are appended, never edited in. */
  public AnnotationView annotate(long caseId, AnnotationInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = readable(caseId);
    Annotation a = new Annotation(c, in.body(), user.getUsername(), Instant.now());
    em.persist(a);
    em.flush();
    audit.append(user.getUsername(), "ANNOTATE", "Annotation", a.getId(), c.getId(), in.body());
    return AnnotationView.of(a);
  }

  /**
   * The next case number by the agency's numbering rule, 简称立字〔年〕第N号: one past the highest serial
   * the agency used this year (a proposal; the officer may change it before opening).
   */
  public String proposeCaseNumber() {
    AppUser user = currentUser.require(WRITERS);
    if (user.getAgency() == null) return "";
    String prefix = user.getAgency().getShortName() + "立字〔" + LocalDate.now(clock).getYear() + "〕第";
    int max =
        em.createQuery(
                "SELECT c.caseNumber FROM EnforcementCase c"
                    + " WHERE c.agency.id = :agencyId AND c.caseNumber LIKE :prefix",
                String.class)
            .setParameter("agencyId", user.getAgency().getId())
            .setParameter("prefix", prefix + "%")
            .getResultStream()
            .map(n -> n.substring(prefix.length()).replaceFirst("号$", ""))
            .filter(serial -> serial.matches("\\d{1,9}"))
            .mapToInt(Integer::parseInt)
            .max()
            .orElse(0);
    return prefix + (max + 1) + "号";
  }

  /** The officers of an agency with their certificates, for choosing a case's officers. */
  public List<OfficerView> officersOf(long agencyId) {
    currentUser.require(WRITERS);
    currentUser.requireAgency(agencyId, "未找到该执法机关");
    return em.createNamedQuery(Officer.BY_AGENCY, Officer.class)
        .setParameter("agencyId", agencyId)
        .getResultStream()
        .map(OfficerView::of)
        .toList();
  }

  /** The agency's power-list items in force today, for choosing a case's item and level. */
  public List<org.gongshi.catalog.control.ItemVersion> catalogInForce(long agencyId) {
    currentUser.require(WRITERS);
    currentUser.requireAgency(agencyId, "未找到该执法机关");
    return catalogs.listOn(agencyId, LocalDate.now(clock)).stream()
        .filter(v -> v.data().isPenalty())
        .toList();
  }

  /** A warning about the time between notice and decision, as the case page shows it, or null. */
  public String decisionWindowWarning(long caseId) {
    EnforcementCase c = readable(caseId);
    return CaseRules.decisionWindow(c.getMilestones(), day -> hearingRight(c, day));
  }

  /**
   * Whether a decision of that day gives the party a hearing right: by its penalty kind, or by the
   * "large amount" of the major-decision rules in force that day (kept as data by the legal
   * feature, the same rules that refuse a decision inside the window).
   */
  private boolean hearingRight(EnforcementCase c, LocalDate day) {
    return CaseRules.hearingKind(c.getPenalties())
        || (majorRules.isResolvable() && majorRules.get().hearingRight(c, day));
  }

  /** Whether the case's decision is major (a filing report exists for it). */
  public boolean isMajor(long caseId) {
    EnforcementCase c = readable(caseId);
    return majorRules.isResolvable() && majorRules.get().majorBecause(c).isPresent();
  }

  /** The display name of a user, or "系统" / "其他人员"; never shows a user name. */
  public String displayName(String username) {
    if (username == null || "system".equals(username)) return "系统";
    return em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(AppUser::getDisplayName)
        .orElse("其他人员");
  }

  public List<AuditEntryView> auditOf(long caseId) {
    readable(caseId);
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (AppUser u : em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList())
      names.put(u.getUsername(), u.getDisplayName());
    return audit.forCase(caseId).stream().map(e -> AuditEntryView.of(e, names)).toList();
  }

  public List<DocumentType> missingDocuments(EnforcementCase c) {
    Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
    c.getDocuments().stream()
        .filter(d -> !d.getFiles().isEmpty())
        .forEach(d -> present.add(d.getType()));
    if (present.contains(DocumentType.SIMPLE_DECISION)) present.add(DocumentType.DECISION);
    return DocumentType.requiredFor(c.getProcedure()).stream()
        .filter(t -> !present.contains(t))
        .sorted()
        .toList();
  }

  // --- helpers ---------------------------------------------------------------------------

  EnforcementCase readable(long id) {
    currentUser.require(READERS);
    EnforcementCase c = em.find(EnforcementCase.class, id);
    if (c == null) throw DomainException.notFound("未找到该案件，或不属于您所在的执法机关");
    currentUser.requireAgency(c.getAgency());
    return c;
  }

  /** Loads a case for a change; a sealed case refuses, and the refusal itself is audited. */
  EnforcementCase changeable(long id, String action) {
    EnforcementCase c = readable(id);
    if (c.isSealed()) {
      CaseSealedException refused = new CaseSealedException(c.getCaseNumber());
      audit.appendRefusal(
          currentUser.name(),
          "REFUSED_" + action,
          "Case",
          c.getId(),
          c.getId(),
          refused.getMessage());
      throw refused;
    }
    return c;
  }

  CaseDocument document(long id) {
    CaseDocument d = em.find(CaseDocument.class, id);
    if (d == null) throw DomainException.notFound("未找到该文书");
    readable(d.getEnforcementCase().getId());
    return d;
  }

  StoredFile file(long id) {
    StoredFile f = em.find(StoredFile.class, id);
    if (f == null) throw DomainException.notFound("未找到该文件");
    readable(f.getDocument().getEnforcementCase().getId());
    return f;
  }

  CaseView view(EnforcementCase c) {
    List<Annotation> annotations =
        em.createQuery(
                "SELECT a FROM Annotation a WHERE a.enforcementCase = :c ORDER BY a.id",
                Annotation.class)
            .setParameter("c", c)
            .getResultList();
    em.flush();
    return CaseView.of(
        c, annotations, c.isSealed() ? List.of() : missingDocuments(c), discretionStatus(c));
  }

  private Agency agencyFor(AppUser user, Long requested) {
    if (user.getAgency() != null && !currentUser.seesAllAgencies()) {
      if (requested != null && !requested.equals(user.getAgency().getId())) {
        throw DomainException.forbidden("只能为本机关立案");
      }
      return user.getAgency();
    }
    Long id =
        requested != null ? requested : user.getAgency() == null ? null : user.getAgency().getId();
    if (id == null) throw DomainException.invalid("agencyId", "请选择立案机关");
    Agency a = em.find(Agency.class, id);
    if (a == null) throw DomainException.invalid("agencyId", "立案机关不存在");
    return a;
  }

  /** 409 when another case of the agency already uses the decision number (as compared by key). */
  void requireUniqueDecisionNumber(Agency agency, String key, Long exceptCaseId, String number) {
    if (key == null) return;
    List<EnforcementCase> others =
        em.createNamedQuery(EnforcementCase.BY_DECISION_NUMBER, EnforcementCase.class)
            .setParameter("agencyId", agency.getId())
            .setParameter("key", key)
            .setParameter("except", exceptCaseId == null ? -1L : exceptCaseId)
            .setMaxResults(1)
            .getResultList();
    if (!others.isEmpty()) {
      throw DomainException.conflict(
          "decisionNumber",
          "决定书文号“"
              + number
              + "”已被本机关案件 "
              + others.get(0).getCaseNumber()
              + " 使用；同一机关的文号不能重复（〔〕与 []、() 视为相同）");
    }
  }

  /** Whether the failure is the named constraint's (H2 and PostgreSQL both name it). */
  static boolean violates(Throwable e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase().contains(constraint)) return true;
    }
    return false;
  }

  private void requireUniqueNumber(Agency agency, String number) {
    boolean exists =
        !em.createNamedQuery(EnforcementCase.BY_NUMBER, EnforcementCase.class)
            .setParameter("agencyId", agency.getId())
            .setParameter("caseNumber", number)
            .getResultList()
            .isEmpty();
    if (exists) throw DomainException.conflict("caseNumber", "本机关已有案件编号为“" + number + "”的案件");
  }

  private void applyDetails(EnforcementCase c, CaseInput in) {
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < in.parties().size(); i++) {
      PartyInput p = in.parties().get(i);
      parties.add(
          PartyRules.party(
              "parties[" + i + "].",
              p.kind(),
              p.name(),
              p.idNumber(),
              p.uscc(),
              p.legalRepresentative(),
              p.address(),
              p.minor()));
    }
    List<Penalty> penalties = new ArrayList<>();
    if (in.penalties() != null) {
      in.penalties().forEach(p -> penalties.add(new Penalty(p.kind(), p.amount(), p.note())));
    }
    CaseRules.checkPenalties(in.procedure(), parties, penalties);
    Set<Long> ids = new LinkedHashSet<>(in.officerIds());
    CaseRules.checkOfficers(in.procedure(), ids.size());
    List<Officer> officers = new ArrayList<>();
    for (Long oid : ids) {
      Officer o = em.find(Officer.class, oid);
      if (o == null || !o.getAgency().getId().equals(c.getAgency().getId())) {
        throw DomainException.invalid("officerIds", "执法人员（编号 " + oid + "）不存在或不属于本机关");
      }
      if (!o.isCertificateValidOn(LocalDate.now(clock))) {
        throw DomainException.invalid(
            "officerIds",
            "执法人员 "
                + o.getName()
                + " 的执法证（"
                + o.getCertificateNo()
                + "）已于 "
                + o.getValidUntil()
                + " 过期，不具备执法资格");
      }
      officers.add(o);
    }
    if (c.getProcedure() != in.procedure())
      throw DomainException.invalid("procedure", "立案后不能更改程序类型");
    c.replaceParties(parties);
    c.replacePenalties(penalties);
    c.replaceOfficers(officers);
    String code = blankToNull(in.catalogCode());
    if (code != null
        && catalogs.item(c.getAgency().getId(), code, LocalDate.now(clock)).isEmpty()) {
      throw DomainException.invalid("catalogCode", "本机关现行权责清单中没有编码为 " + code + " 的事项");
    }
    if (code == null && blankToNull(in.discretionLevel()) != null) {
      throw DomainException.invalid("catalogCode", "选择裁量档次前须先指定权责清单事项");
    }
    c.linkCatalog(code, blankToNull(in.discretionLevel()), blankToNull(in.discretionReason()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String describe(EnforcementCase c) {
    return "案由="
        + c.getTitle()
        + "；当事人="
        + String.join("、", c.getParties().stream().map(Party::getName).toList())
        + "；处罚="
        + String.join(
            "、",
            c.getPenalties().stream()
                .map(
                    p ->
                        p.getKind().label
                            + (p.getAmount() == null ? "" : p.getAmount().toPlainString() + "元"))
                .toList())
        + "；执法人员="
        + String.join("、", c.getOfficers().stream().map(Officer::getName).toList());
  }
}
