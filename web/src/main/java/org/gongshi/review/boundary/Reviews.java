package org.gongshi.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.archive.entity.CaseStatus;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Dates;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.reports.model.CaseReviewSheet;
import org.gongshi.review.control.ReviewStandard;
import org.gongshi.review.control.Sampling;
import org.gongshi.review.control.Scoring;
import org.gongshi.review.entity.CaseReview;
import org.gongshi.review.entity.ReviewSample;
import org.gongshi.review.entity.ReviewScore;
import org.gongshi.security.CurrentUser;

/**
 * 案卷评查: seeded random samples of a year's closed files, and reviews scored against the standard by
 * a case reviewer. Reviews read the case and change nothing in it, so sealed files can be reviewed;
 * every sample and review is audited.
 */
@ApplicationScoped
@Transactional
public class Reviews {
  @Inject Clock clock;
  static final Role[] SAMPLERS = {Role.CASE_REVIEWER, Role.LEGAL_OFFICE, Role.ADMIN};

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  public record SampleInput(
      Integer year, Long agencyId, BigDecimal percent, Integer count, Long seed) {}

  public record SampledCase(long caseId, String caseNumber, String title, CaseStatus status) {}

  public record SampleView(
      long id,
      int year,
      long agencyId,
      String agencyName,
      BigDecimal percent,
      Integer count,
      long seed,
      int population,
      List<SampledCase> cases,
      String createdBy,
      Instant createdAt) {}

  public record DeductionInput(String code, BigDecimal deduction, String reason) {}

  public record ReviewInput(
      Long caseId,
      Long sampleId,
      String campaign,
      String reviewedOn,
      List<DeductionInput> items,
      List<String> vetoes) {}

  public record ScoreView(
      String code,
      String category,
      String criterion,
      BigDecimal points,
      BigDecimal deduction,
      BigDecimal score,
      String reason) {}

  public record ReviewView(
      long id,
      long caseId,
      String caseNumber,
      Long sampleId,
      String campaign,
      String reviewer,
      String reviewerName,
      LocalDate reviewedOn,
      List<ScoreView> items,
      List<String> vetoes,
      BigDecimal maxTotal,
      BigDecimal total,
      String grade) {}

  public record StandardView(
      List<ReviewStandard.Item> items,
      List<ReviewStandard.Veto> vetoes,
      BigDecimal excellentFrom,
      BigDecimal passFrom,
      String grades) {}

  public StandardView standard() {
    currentUser.require();
    return new StandardView(
        ReviewStandard.ITEMS,
        ReviewStandard.VETOES,
        ReviewStandard.EXCELLENT_FROM,
        ReviewStandard.PASS_FROM,
        "优秀 ≥ 90；合格 ≥ 60；不合格 < 60 或有否决项（总分计 0）");
  }

  /** Draws and records a sample of the agency's cases closed (结案) in the year. */
  public SampleView sample(SampleInput in) {
    AppUser user = currentUser.require(SAMPLERS);
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    int thisYear = LocalDate.now(clock).getYear();
    if (in.year() == null || in.year() < 1996 || in.year() > thisYear) {
      throw DomainException.invalid(
          "year",
          "抽查年度 year 应为 1996 至 "
              + thisYear
              + " 之间的四位年份"
              + (in.year() == null ? "" : "，实为 " + in.year()));
    }
    if (in.agencyId() == null)
      throw DomainException.invalid("agencyId", "请指定被评查的执法机关 agencyId（见 /api/reference/agencies）");
    Agency agency = em.find(Agency.class, in.agencyId());
    if (agency == null)
      throw DomainException.invalid(
          "agencyId", "没有编号为 " + in.agencyId() + " 的执法机关（见 /api/reference/agencies）");
    requireAgency(agency);
    List<Long> population =
        em.createNativeQuery(
                "SELECT c.id FROM enforcement_case c JOIN case_milestone m ON m.case_id = c.id"
                    + " WHERE c.agency_id = ?1 AND c.status IN ('CLOSED', 'SEALED') AND m.kind = 'CLOSED'"
                    + " AND m.milestone_day BETWEEN ?2 AND ?3 ORDER BY c.id")
            .setParameter(1, agency.getId())
            .setParameter(2, LocalDate.of(in.year(), 1, 1))
            .setParameter(3, LocalDate.of(in.year(), 12, 31))
            .getResultStream()
            .map(o -> ((Number) o).longValue())
            .toList();
    int n = Sampling.size(population.size(), in.percent(), in.count());
    if (population.isEmpty()) {
      throw DomainException.conflict("year", agency.getName() + " " + in.year() + " 年没有已结案的案件可供抽取");
    }
    long seed = in.seed() != null ? in.seed() : new SecureRandom().nextLong() >>> 1;
    List<Long> picked = Sampling.pick(population, n, seed);
    ReviewSample s =
        new ReviewSample(
            in.year(),
            agency.getId(),
            in.percent(),
            in.count(),
            seed,
            population.size(),
            picked,
            user.getUsername(),
            Instant.now());
    em.persist(s);
    em.flush();
    audit.append(
        user.getUsername(),
        "SAMPLE_FOR_REVIEW",
        "ReviewSample",
        s.getId(),
        null,
        agency.getShortName()
            + " "
            + in.year()
            + " 年已结案 "
            + population.size()
            + " 件中随机抽取 "
            + picked.size()
            + " 件（种子 "
            + seed
            + "）："
            + picked);
    return view(s);
  }

  public SampleView getSample(long id) {
    currentUser.require();
    ReviewSample s = em.find(ReviewSample.class, id);
    if (s == null) throw DomainException.notFound("没有编号为 " + id + " 的抽查记录");
    requireAgency(em.find(Agency.class, s.getAgencyId()));
    return view(s);
  }

  /**
   * Scores a closed or sealed case; the standard's items and thresholds are stored with the review.
   */
  public ReviewView review(ReviewInput in) {
    AppUser user = currentUser.require(Role.CASE_REVIEWER);
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    if (in.caseId() == null) throw DomainException.invalid("caseId", "请指定被评查的案件 caseId");
    EnforcementCase c = caseOf(in.caseId());
    if (c.getStatus() == CaseStatus.OPEN) {
      throw DomainException.conflict("caseId", "案件 " + c.getCaseNumber() + " 尚在办理中，只能评查已结案或已归档的案卷");
    }
    ReviewSample sample = null;
    if (in.sampleId() != null) {
      sample = em.find(ReviewSample.class, in.sampleId());
      if (sample == null || !sample.getCaseIds().contains(c.getId())) {
        throw DomainException.invalid("sampleId", "抽查记录 " + in.sampleId() + " 不存在或未抽中本案");
      }
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate on =
        in.reviewedOn() == null || in.reviewedOn().isBlank()
            ? today
            : Dates.optionalPast("reviewedOn", in.reviewedOn());
    if (on.isAfter(today))
      throw DomainException.invalid("reviewedOn", "评查日期 " + on + " 不能晚于今天 " + today);
    String campaign =
        in.campaign() == null || in.campaign().isBlank()
            ? (sample != null ? sample.getYear() : on.getYear()) + "年度行政处罚案卷评查"
            : in.campaign().trim();
    if (campaign.length() > 200) throw DomainException.invalid("campaign", "评查活动名称最多 200 字");
    List<Scoring.Deduction> ds =
        in.items() == null
            ? List.of()
            : in.items().stream()
                .map(
                    d ->
                        d == null
                            ? null
                            : new Scoring.Deduction(d.code(), d.deduction(), d.reason()))
                .toList();
    CaseReviewSheet sheet =
        Scoring.score(
            new Scoring.Header(
                campaign,
                c.getAgency().getName(),
                c.getCaseNumber(),
                c.getTitle(),
                user.getDisplayName(),
                on),
            ds,
            in.vetoes());
    List<ReviewScore> scores = new java.util.ArrayList<>();
    for (int i = 0; i < sheet.items().size(); i++) {
      CaseReviewSheet.ScoreItem s = sheet.items().get(i);
      scores.add(
          new ReviewScore(
              ReviewStandard.ITEMS.get(i).code(),
              s.category(),
              s.criterion(),
              s.points(),
              s.deduction(),
              s.reason()));
    }
    List<String> vetoCodes =
        ReviewStandard.VETOES.stream()
            .filter(v -> sheet.vetoes().contains(v.label()))
            .map(ReviewStandard.Veto::code)
            .toList();
    CaseReview r =
        new CaseReview(
            c.getId(),
            c.getAgency().getId(),
            sample == null ? null : sample.getId(),
            campaign,
            user.getUsername(),
            user.getDisplayName(),
            on,
            scores,
            vetoCodes,
            sheet.maxTotal(),
            sheet.total(),
            sheet.grade(),
            sheet.excellentFrom(),
            sheet.passFrom(),
            Instant.now());
    em.persist(r);
    em.flush();
    audit.append(
        user.getUsername(),
        "REVIEW_CASE",
        "CaseReview",
        r.getId(),
        c.getId(),
        campaign
            + "：得分 "
            + sheet.total().toPlainString()
            + "，等次 "
            + sheet.grade()
            + (sheet.vetoes().isEmpty() ? "" : "，否决项：" + String.join("、", sheet.vetoes())));
    return view(r, c);
  }

  public ReviewView get(long id) {
    CaseReview r = readable(id);
    return view(r, em.find(EnforcementCase.class, r.getCaseId()));
  }

  public List<ReviewView> forCase(long caseId) {
    currentUser.require();
    EnforcementCase c = caseOf(caseId);
    return em.createNamedQuery(CaseReview.BY_CASE, CaseReview.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(r -> view(r, c))
        .toList();
  }

  /** 案号 and 案由 of a case the caller may read, for the review form's heading. */
  public String caseLabel(long caseId) {
    currentUser.require();
    EnforcementCase c = caseOf(caseId);
    return c.getCaseNumber() + "　" + c.getTitle() + "（" + c.getStatus().label + "）";
  }

  /** The latest reviews the caller may read. */
  public List<ReviewView> recent(int limit) {
    currentUser.require();
    Long scope = currentUser.agencyScope();
    boolean all = scope == null;
    var q =
        em.createQuery(
                "SELECT r FROM CaseReview r"
                    + (all ? "" : " WHERE r.agencyId = :agency")
                    + " ORDER BY r.id DESC",
                CaseReview.class)
            .setMaxResults(limit);
    if (!all) q.setParameter("agency", scope);
    return q.getResultStream()
        .map(r -> view(r, em.find(EnforcementCase.class, r.getCaseId())))
        .toList();
  }

  /** The review as the reports module's score sheet. */
  public CaseReviewSheet sheet(long id) {
    CaseReview r = readable(id);
    EnforcementCase c = em.find(EnforcementCase.class, r.getCaseId());
    List<CaseReviewSheet.ScoreItem> items =
        r.getItems().stream()
            .map(
                s ->
                    new CaseReviewSheet.ScoreItem(
                        s.getCategory(),
                        s.getCriterion(),
                        s.getPoints(),
                        s.getDeduction(),
                        s.getReason()))
            .toList();
    List<String> vetoes =
        r.getVetoes().stream()
            .map(v -> ReviewStandard.veto(v).map(ReviewStandard.Veto::label).orElse(v))
            .toList();
    return new CaseReviewSheet(
        r.getCampaign(),
        c.getAgency().getName(),
        c.getCaseNumber(),
        c.getTitle(),
        items,
        vetoes,
        r.getExcellentFrom(),
        r.getPassFrom(),
        r.getReviewerName(),
        r.getReviewedOn());
  }

  private CaseReview readable(long id) {
    currentUser.require();
    CaseReview r = em.find(CaseReview.class, id);
    if (r == null) throw DomainException.notFound("没有编号为 " + id + " 的评查记录，或不属于您所在的执法机关");
    currentUser.requireAgency(r.getAgencyId(), "没有编号为 " + id + " 的评查记录，或不属于您所在的执法机关");
    return r;
  }

  private void requireAgency(Agency a) {
    currentUser.requireAgency(a.getId(), "未找到该执法机关的数据，或不属于您所在的执法机关");
  }

  private EnforcementCase caseOf(long caseId) {
    EnforcementCase c = em.find(EnforcementCase.class, caseId);
    if (c == null) throw DomainException.notFound("未找到该案件，或不属于您所在的执法机关");
    currentUser.requireAgency(c.getAgency());
    return c;
  }

  private SampleView view(ReviewSample s) {
    Agency a = em.find(Agency.class, s.getAgencyId());
    List<SampledCase> cases =
        s.getCaseIds().stream()
            .map(id -> em.find(EnforcementCase.class, id))
            .map(c -> new SampledCase(c.getId(), c.getCaseNumber(), c.getTitle(), c.getStatus()))
            .toList();
    return new SampleView(
        s.getId(),
        s.getYear(),
        a.getId(),
        a.getName(),
        s.getPercent(),
        s.getRequestedCount(),
        s.getSeed(),
        s.getPopulation(),
        cases,
        s.getCreatedBy(),
        s.getCreatedAt());
  }

  private static ReviewView view(CaseReview r, EnforcementCase c) {
    List<ScoreView> items =
        r.getItems().stream()
            .map(
                s -> {
                  BigDecimal score = s.getPoints().subtract(s.getDeduction()).max(BigDecimal.ZERO);
                  return new ScoreView(
                      s.getCode(),
                      s.getCategory(),
                      s.getCriterion(),
                      s.getPoints(),
                      s.getDeduction(),
                      score,
                      s.getReason());
                })
            .toList();
    return new ReviewView(
        r.getId(),
        r.getCaseId(),
        c.getCaseNumber(),
        r.getSampleId(),
        r.getCampaign(),
        r.getReviewer(),
        r.getReviewerName(),
        r.getReviewedOn(),
        items,
        List.copyOf(r.getVetoes()), // read inside the transaction, not when the answer is written
        r.getMaxTotal(),
        r.getTotal(),
        r.getGrade());
  }
}
