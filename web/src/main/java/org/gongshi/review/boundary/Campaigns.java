package org.gongshi.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.archive.boundary.ArchiveIndex;
import org.gongshi.archive.entity.CaseDocument;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.StoredFile;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Dates;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.reports.ReportRenderer;
import org.gongshi.reports.model.CampaignReport;
import org.gongshi.reports.model.CaseReviewSheet;
import org.gongshi.review.control.Grading;
import org.gongshi.review.control.PreChecks;
import org.gongshi.review.control.Standard;
import org.gongshi.review.control.Stratified;
import org.gongshi.review.entity.Campaign;
import org.gongshi.review.entity.CampaignFile;
import org.gongshi.review.entity.CampaignKind;
import org.gongshi.review.entity.CampaignScore;
import org.gongshi.review.entity.Finding;
import org.gongshi.review.entity.ReviewScore;
import org.gongshi.review.entity.ScoreStatus;
import org.gongshi.review.entity.StandardVersion;
import org.gongshi.security.CurrentUser;

/**
 * Review campaigns (案卷评查, issue 17): the legal office draws files of several agencies with a
 * recorded seed, assigns reviewers of other agencies, the files are pre-checked by rule, and the
 * reviewers score them against the standard version the campaign started with.
 */
@ApplicationScoped
@Transactional
public class Campaigns {
  static final Role[] ORGANISERS = {Role.LEGAL_OFFICE, Role.ADMIN};

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Standards standards;
  @Inject CaseFactsReader facts;
  @Inject ArchiveIndex index;

  private final ReportRenderer renderer = new ReportRenderer();

  public record CampaignInput(
      String name,
      String kind,
      Long standardId,
      String decidedFrom,
      String decidedTo,
      String procedure,
      List<Long> agencyIds,
      BigDecimal percent,
      Integer minPerAgency,
      Integer excludeLast,
      Long seed,
      List<String> reviewers) {}

  public record CampaignSummary(
      long id,
      String name,
      String kind,
      LocalDate decidedFrom,
      LocalDate decidedTo,
      int files,
      long scored,
      long seed,
      String standard) {}

  public record FileRow(
      long fileId,
      long caseId,
      String caseNumber,
      String title,
      String agency,
      String reviewer,
      long tripped,
      String status,
      BigDecimal total,
      String grade) {}

  public record AgencyAverage(String agency, int files, int scored, BigDecimal average) {}

  public record CampaignView(
      long id,
      String name,
      String kind,
      LocalDate decidedFrom,
      LocalDate decidedTo,
      String procedure,
      List<String> agencies,
      BigDecimal percent,
      int minPerAgency,
      int excludeLast,
      long seed,
      int population,
      List<String> reviewers,
      String standard,
      long precheckMillis,
      List<FileRow> files,
      List<AgencyAverage> averages,
      List<FileRow> best,
      List<FileRow> worst) {}

  public record DeductionInput(String code, BigDecimal deduction, String reason) {}

  public record ScoreInput(List<DeductionInput> items, List<String> vetoes, String comments) {}

  public record ScoreView(
      long id,
      int revision,
      String status,
      String statusLabel,
      String reviewer,
      List<Grading.Scored> items,
      List<String> vetoes,
      String comments,
      BigDecimal maxTotal,
      BigDecimal total,
      String grade,
      String secondReviewer) {}

  public record FindingView(
      long id,
      String code,
      String label,
      String state,
      String stateLabel,
      String message,
      String evidence,
      Long documentId,
      String item,
      String itemName,
      BigDecimal deduction,
      String veto,
      String vetoName,
      String decision,
      String decisionReason) {}

  public record FileText(long fileId, String name, String html, int hits) {}

  public record DocumentText(long id, String type, String title, List<FileText> files) {}

  public record SheetView(
      long fileId,
      long campaignId,
      String campaign,
      long caseId,
      String caseNumber,
      String title,
      String agency,
      String procedure,
      String assignedReviewer,
      Standard standard,
      List<FindingView> findings,
      List<DocumentText> documents,
      int hits,
      ScoreView score,
      boolean mayScore,
      String whyNot,
      boolean maySecond) {}

  /** Draws, assigns and pre-checks a new campaign. */
  public CampaignView create(CampaignInput in) {
    return createAs(currentUser.require(ORGANISERS), in);
  }

  /**
   * As {@link #create}, for a caller already authorised (the demo data acts as the legal office).
   */
  public CampaignView createAs(AppUser user, CampaignInput in) {
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    String name = in.name() == null ? "" : in.name().strip();
    if (name.isEmpty() || name.length() > 200)
      throw DomainException.invalid("name", "请填写评查活动名称（最多 200 字）");
    CampaignKind kind = kindOf(in.kind());
    LocalDate from = Dates.required("decidedFrom", in.decidedFrom());
    LocalDate to = Dates.required("decidedTo", in.decidedTo());
    if (to.isBefore(from))
      throw DomainException.invalid("decidedTo", "决定日期止 " + to + " 不能早于决定日期起 " + from);
    String procedure = blank(in.procedure()) ? null : in.procedure().strip();
    if (procedure != null && !procedure.equals("SIMPLE") && !procedure.equals("GENERAL"))
      throw DomainException.invalid("procedure", "程序应为简易程序或普通程序，或不限");
    StandardVersion standard = standards.versionOrLatest(in.standardId());
    List<Agency> all = em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
    List<Agency> agencies =
        in.agencyIds() == null || in.agencyIds().isEmpty()
            ? all
            : all.stream().filter(a -> in.agencyIds().contains(a.getId())).toList();
    if (in.agencyIds() != null
        && !in.agencyIds().isEmpty()
        && agencies.size() != new java.util.HashSet<>(in.agencyIds()).size())
      throw DomainException.invalid("agencyIds", "被评查机关中有不存在的机关");
    BigDecimal percent = in.percent() == null ? new BigDecimal("5") : in.percent();
    int min = in.minPerAgency() == null ? 3 : in.minPerAgency();
    int excludeLast = in.excludeLast() == null ? 0 : in.excludeLast();
    if (excludeLast < 0 || excludeLast > 24)
      throw DomainException.invalid("excludeLast", "排除最近几次评查已抽中的案卷：应为 0 至 24 次，实为 " + excludeLast);
    List<AppUser> reviewers = reviewers(in.reviewers());
    long seed = in.seed() != null ? in.seed() : new SecureRandom().nextLong() >>> 1;

    Map<Long, List<Long>> population = new LinkedHashMap<>();
    List<Long> excluded = recentlyDrawn(excludeLast);
    int populationSize = 0;
    for (Agency a : agencies) {
      List<Long> ids = eligible(a.getId(), from, to, procedure);
      ids = ids.stream().filter(id -> !excluded.contains(id)).toList();
      population.put(a.getId(), ids);
      populationSize += ids.size();
    }
    Map<Long, List<Long>> drawn = Stratified.draw(population, percent, min, seed);
    if (drawn.values().stream().allMatch(List::isEmpty))
      throw DomainException.conflict(
          "decidedFrom", "所选机关在 " + from + " 至 " + to + " 间没有已结案或已归档的案卷可供抽取");

    Campaign c =
        new Campaign(
            name,
            kind,
            standard.getId(),
            from,
            to,
            procedure,
            agencies.stream().map(Agency::getId).toList(),
            percent,
            min,
            excludeLast,
            seed,
            populationSize,
            reviewers.stream().map(AppUser::getUsername).toList(),
            user.getUsername(),
            Instant.now(clock));
    em.persist(c);
    em.flush();
    int position = 0;
    Map<Long, Integer> load = new HashMap<>();
    List<CampaignFile> files = new ArrayList<>();
    for (Map.Entry<Long, List<Long>> e : drawn.entrySet()) {
      for (Long caseId : e.getValue()) {
        AppUser r = assign(reviewers, e.getKey(), load, agencies);
        CampaignFile f =
            new CampaignFile(c.getId(), caseId, e.getKey(), ++position, r.getUsername());
        em.persist(f);
        files.add(f);
      }
    }
    em.flush();
    long started = System.nanoTime();
    for (CampaignFile f : files) precheck(f);
    c.prechecked((System.nanoTime() - started) / 1_000_000);
    audit.append(
        user.getUsername(),
        "CREATE_REVIEW_CAMPAIGN",
        "ReviewCampaign",
        c.getId(),
        null,
        kind.label
            + "“"
            + name
            + "”：决定日期 "
            + from
            + " 至 "
            + to
            + "，"
            + agencies.size()
            + " 个机关共 "
            + populationSize
            + " 件中按 "
            + percent.stripTrailingZeros().toPlainString()
            + "%（每机关至少 "
            + min
            + " 件）抽取 "
            + files.size()
            + " 件，种子 "
            + seed
            + "，评查员 "
            + String.join("、", reviewers.stream().map(AppUser::getDisplayName).toList()));
    return view(c);
  }

  public record ReviewerChoice(String username, String label) {}

  /** Case reviewers the legal office may assign, with their agency. */
  public List<ReviewerChoice> reviewerChoices() {
    currentUser.require(ORGANISERS);
    return em.createNamedQuery(AppUser.ALL, AppUser.class)
        .getResultStream()
        .filter(u -> u.getRoles().contains(Role.CASE_REVIEWER))
        .map(
            u ->
                new ReviewerChoice(
                    u.getUsername(),
                    u.getDisplayName()
                        + "（"
                        + (u.getAgency() == null ? "不属于执法机关" : u.getAgency().getShortName())
                        + "）"))
        .toList();
  }

  /** The campaigns the caller organises or reviews in. */
  public List<CampaignSummary> list() {
    AppUser user = currentUser.require(Role.CASE_REVIEWER, Role.LEGAL_OFFICE, Role.ADMIN);
    return em.createNamedQuery(Campaign.ALL, Campaign.class)
        .getResultStream()
        .filter(c -> mayRead(user, c))
        .map(
            c -> {
              List<CampaignFile> files = files(c.getId());
              long scored =
                  currentScores(c.getId()).values().stream()
                      .filter(s -> s.getStatus() == ScoreStatus.SUBMITTED)
                      .count();
              return new CampaignSummary(
                  c.getId(),
                  c.getName(),
                  c.getKind().label,
                  c.getDecidedFrom(),
                  c.getDecidedTo(),
                  files.size(),
                  scored,
                  c.getSeed(),
                  standards.title(c.getStandardId()));
            })
        .toList();
  }

  public CampaignView get(long id) {
    return view(readable(id));
  }

  /** The scoring page's data: the file, its documents and text, the findings and the sheet. */
  public SheetView sheet(long fileId, String query) {
    AppUser user = currentUser.require(Role.CASE_REVIEWER, Role.LEGAL_OFFICE, Role.ADMIN);
    CampaignFile f = file(fileId);
    Campaign c = readable(f.getCampaignId());
    EnforcementCase k = em.find(EnforcementCase.class, f.getCaseId());
    Standard standard = standards.standardOf(c.getStandardId());
    List<DocumentText> docs = new ArrayList<>();
    int next = 1;
    List<CaseDocument> ordered = new ArrayList<>(k.getDocuments());
    ordered.sort(
        Comparator.comparing(
                (CaseDocument d) -> d.getPosition() == null ? Integer.MAX_VALUE : d.getPosition())
            .thenComparing(d -> d.getType().ordinal())
            .thenComparing(CaseDocument::getId));
    for (CaseDocument d : ordered) {
      List<FileText> texts = new ArrayList<>();
      for (StoredFile s : d.getFiles()) {
        String text = s.getExtractedText() == null ? "" : s.getExtractedText();
        var m = index.markAll(query, text, next);
        next += m.count();
        texts.add(new FileText(s.getId(), s.getFileName(), m.html(), m.count()));
      }
      docs.add(new DocumentText(d.getId(), d.getType().label, d.getTitle(), texts));
    }
    String whyNot = whyMayNotScore(user, f);
    CampaignScore current = current(fileId).orElse(null);
    boolean maySecond =
        current != null
            && current.getStatus() == ScoreStatus.AWAITING_SECOND
            && whyMayNotSecond(user, f, current) == null;
    return new SheetView(
        f.getId(),
        c.getId(),
        c.getName(),
        k.getId(),
        k.getCaseNumber(),
        k.getTitle(),
        k.getAgency().getName(),
        k.getProcedure().label,
        displayName(f.getReviewer()),
        standard,
        findings(fileId, standard),
        docs,
        next - 1,
        current == null ? null : view(current),
        whyNot == null,
        whyNot,
        maySecond);
  }

  /**
   * Saves the sheet as a draft (autosave) or submits it. A submitted sheet is locked; a veto waits
   * for a second reviewer.
   */
  public ScoreView save(long fileId, ScoreInput in, boolean submit) {
    return saveAs(currentUser.require(Role.CASE_REVIEWER), fileId, in, submit);
  }

  /** As {@link #save}, for a reviewer already signed in (or the demo data acting as one). */
  public ScoreView saveAs(AppUser user, long fileId, ScoreInput in, boolean submit) {
    CampaignFile f = file(fileId);
    requireScorer(user, f);
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    Campaign c = em.find(Campaign.class, f.getCampaignId());
    Standard standard = standards.standardOf(c.getStandardId());
    String comments = blank(in.comments()) ? null : in.comments().strip();
    if (comments != null && comments.length() > 4000)
      throw DomainException.invalid("comments", "评查意见最多 4000 字");
    Grading.Graded g =
        Grading.grade(
            standard,
            in.items() == null
                ? List.of()
                : in.items().stream()
                    .filter(d -> d != null)
                    .map(d -> new Grading.Deduction(d.code(), d.deduction(), d.reason()))
                    .toList(),
            in.vetoes());
    CampaignScore s = current(fileId).orElse(null);
    boolean first = s == null;
    if (first) {
      s = new CampaignScore(fileId, 1, user.getUsername(), user.getDisplayName());
    } else if (s.getStatus() != ScoreStatus.DRAFT) {
      throw DomainException.conflict(
          null, "评分表第 " + s.getRevision() + " 版已提交并锁定；如需修改，请点击“修改（生成新版本）”");
    }
    s.record(
        g.items().stream()
            .map(
                i ->
                    new ReviewScore(
                        i.code(),
                        i.section(),
                        i.criterion(),
                        i.points(),
                        i.deduction(),
                        i.reason()))
            .toList(),
        g.vetoCodes(),
        comments,
        g.maxTotal(),
        g.total(),
        g.grade(),
        Instant.now(clock));
    if (first) em.persist(s);
    if (submit) s.submit(Instant.now(clock));
    em.flush();
    EnforcementCase k = em.find(EnforcementCase.class, f.getCaseId());
    audit.append(
        user.getUsername(),
        submit ? "SUBMIT_CAMPAIGN_SCORE" : "SAVE_CAMPAIGN_SCORE",
        "CampaignScore",
        s.getId(),
        k.getId(),
        (submit ? "提交" : "保存草稿：")
            + k.getCaseNumber()
            + " 评分表第 "
            + s.getRevision()
            + " 版，得分 "
            + g.total().toPlainString()
            + "，"
            + g.grade()
            + (g.vetoCodes().isEmpty() ? "" : "（否决项：" + vetoLabels(standard, g.vetoCodes()) + "）")
            + (submit && !g.vetoCodes().isEmpty() ? "，待第二评查员确认" : ""));
    return view(s);
  }

  /** A change after submission: the submitted sheet is kept, and a new draft revision opens. */
  public ScoreView revise(long fileId, String reason) {
    AppUser user = currentUser.require(Role.CASE_REVIEWER);
    CampaignFile f = file(fileId);
    requireScorer(user, f);
    if (blank(reason)) throw DomainException.invalid("reason", "修改已提交的评分表须写明修改理由");
    CampaignScore old =
        current(fileId)
            .filter(s -> s.getStatus() != ScoreStatus.DRAFT)
            .orElseThrow(() -> DomainException.conflict(null, "评分表尚未提交，可直接修改草稿"));
    old.supersede();
    CampaignScore s =
        new CampaignScore(fileId, old.getRevision() + 1, user.getUsername(), user.getDisplayName());
    s.record(
        old.getItems(),
        old.getVetoes(),
        old.getComments(),
        old.getMaxTotal(),
        old.getTotal(),
        old.getGrade(),
        Instant.now(clock));
    em.persist(s);
    em.flush();
    audit.append(
        user.getUsername(),
        "REVISE_CAMPAIGN_SCORE",
        "CampaignScore",
        s.getId(),
        f.getCaseId(),
        "已提交的评分表第 " + old.getRevision() + " 版改为第 " + s.getRevision() + " 版草稿，理由：" + reason.strip());
    return view(s);
  }

  /** The second reviewer agrees with a veto (the sheet is final) or sends it back with a reason. */
  public ScoreView second(long fileId, boolean agree, String reason) {
    return secondAs(currentUser.require(Role.CASE_REVIEWER), fileId, agree, reason);
  }

  public ScoreView secondAs(AppUser user, long fileId, boolean agree, String reason) {
    CampaignFile f = file(fileId);
    CampaignScore s =
        current(fileId)
            .filter(x -> x.getStatus() == ScoreStatus.AWAITING_SECOND)
            .orElseThrow(() -> DomainException.conflict(null, "该评分表没有待确认的否决项"));
    String why = whyMayNotSecond(user, f, s);
    if (why != null) throw DomainException.forbidden(why);
    if (!agree && blank(reason)) throw DomainException.invalid("reason", "不同意否决时须写明理由");
    if (agree) s.confirmVeto(user.getUsername(), user.getDisplayName());
    else s.reopen();
    audit.append(
        user.getUsername(),
        agree ? "CONFIRM_CAMPAIGN_VETO" : "RETURN_CAMPAIGN_VETO",
        "CampaignScore",
        s.getId(),
        f.getCaseId(),
        (agree ? "第二评查员确认否决，评分表锁定" : "第二评查员不同意否决，退回评查员：" + reason.strip()));
    return view(s);
  }

  /** The scorer confirms a finding's proposal or rejects it with a reason. */
  public FindingView decide(long findingId, boolean confirm, String reason) {
    AppUser user = currentUser.require(Role.CASE_REVIEWER);
    Finding x = em.find(Finding.class, findingId);
    if (x == null) throw DomainException.notFound("没有该预检结果");
    CampaignFile f = file(x.getFileId());
    requireScorer(user, f);
    if (!PreChecks.State.TRIPPED.name().equals(x.getState()))
      throw DomainException.conflict(null, "只有发现问题的预检结果需要确认或驳回");
    if (!confirm && blank(reason)) throw DomainException.invalid("reason", "驳回预检结果时须写明理由");
    if (reason != null && reason.length() > 1000)
      throw DomainException.invalid("reason", "理由最多 1000 字");
    x.decide(
        confirm ? "CONFIRMED" : "REJECTED",
        blank(reason) ? null : reason.strip(),
        user.getUsername(),
        Instant.now(clock));
    audit.append(
        user.getUsername(),
        confirm ? "CONFIRM_PRECHECK" : "REJECT_PRECHECK",
        "ReviewFinding",
        x.getId(),
        f.getCaseId(),
        (confirm ? "确认" : "驳回")
            + "预检“"
            + x.getLabel()
            + "”："
            + x.getMessage()
            + (blank(reason) ? "" : "；理由：" + reason.strip()));
    return view(
        x, standards.standardOf(em.find(Campaign.class, f.getCampaignId()).getStandardId()));
  }

  /** The current sheet of a file as the reports module's score sheet PDF. */
  public byte[] sheetPdf(long fileId) {
    currentUser.require(Role.CASE_REVIEWER, Role.LEGAL_OFFICE, Role.ADMIN);
    CampaignFile f = file(fileId);
    Campaign c = readable(f.getCampaignId());
    CampaignScore s =
        current(fileId)
            .filter(x -> x.getStatus() != ScoreStatus.DRAFT)
            .orElseThrow(() -> DomainException.notFound("该案卷尚无已提交的评分表"));
    Standard standard = standards.standardOf(c.getStandardId());
    EnforcementCase k = em.find(EnforcementCase.class, f.getCaseId());
    return renderer.caseReviewSheetPdf(
        new CaseReviewSheet(
            c.getName(),
            k.getAgency().getName(),
            k.getCaseNumber(),
            k.getTitle(),
            s.getItems().stream()
                .map(
                    i ->
                        new CaseReviewSheet.ScoreItem(
                            i.getCategory(),
                            i.getCriterion(),
                            i.getPoints(),
                            i.getDeduction(),
                            i.getReason()))
                .toList(),
            s.getVetoes().stream()
                .map(v -> standard.veto(v).map(Standard.Veto::label).orElse(v))
                .toList(),
            standard.excellentFrom(),
            standard.passFrom(),
            s.getReviewerName()
                + (s.getSecondReviewerName() == null ? "" : "、" + s.getSecondReviewerName()),
            LocalDate.ofInstant(s.getSubmittedAt(), org.gongshi.platform.Clocks.CHINA)));
  }

  /** 案卷评查情况报告 as PDF (staff of the campaign only). */
  public byte[] reportPdf(long campaignId) {
    return renderer.campaignReportPdf(report(campaignId));
  }

  /** 案卷评查情况报告 as XLSX, one sheet per table. */
  public byte[] reportXlsx(long campaignId) {
    return renderer.campaignReportXlsx(report(campaignId));
  }

  /**
   * The campaign's figures for the report: the same rows as the results page, the grade
   * distribution per agency and the pre-check findings per check. No party or officer names.
   */
  CampaignReport report(long campaignId) {
    Campaign c = readable(campaignId);
    CampaignView v = view(c);
    List<CampaignReport.AgencyRow> agencies = new ArrayList<>();
    for (AgencyAverage a : v.averages()) {
      List<FileRow> of =
          v.files().stream()
              .filter(r -> r.agency().equals(a.agency()) && r.grade() != null)
              .toList();
      agencies.add(
          new CampaignReport.AgencyRow(
              a.agency(),
              a.files(),
              a.scored(),
              a.average(),
              (int) of.stream().filter(r -> r.grade().equals("优秀")).count(),
              (int) of.stream().filter(r -> r.grade().equals("合格")).count(),
              (int) of.stream().filter(r -> r.grade().equals("不合格")).count()));
    }
    Map<String, int[]> checks = new LinkedHashMap<>();
    em.createQuery(
            "SELECT x.label, x.state, x.decision, COUNT(x) FROM Finding x, CampaignFile f"
                + " WHERE x.fileId = f.id AND f.campaignId = :c"
                + " GROUP BY x.code, x.label, x.state, x.decision ORDER BY MIN(x.position)",
            Object[].class)
        .setParameter("c", c.getId())
        .getResultStream()
        .forEach(
            r -> {
              int[] n = checks.computeIfAbsent((String) r[0], k -> new int[5]);
              int count = ((Number) r[3]).intValue();
              switch (PreChecks.State.valueOf((String) r[1])) {
                case TRIPPED -> {
                  n[0] += count;
                  if ("CONFIRMED".equals(r[2])) n[1] += count;
                  if ("REJECTED".equals(r[2])) n[2] += count;
                }
                case CLEAR -> n[3] += count;
                case NOT_RUN -> n[4] += count;
              }
            });
    return new CampaignReport(
        c.getName(),
        c.getKind().label,
        "决定日期 "
            + v.decidedFrom()
            + " 至 "
            + v.decidedTo()
            + "　程序："
            + v.procedure()
            + "　"
            + v.agencies().size()
            + " 个机关共 "
            + v.population()
            + " 件，抽取 "
            + v.files().size()
            + " 件",
        v.standard(),
        c.getSeed(),
        LocalDate.now(clock.withZone(org.gongshi.platform.Clocks.CHINA)),
        v.files().stream()
            .map(
                r ->
                    new CampaignReport.FileRow(
                        r.caseNumber(),
                        r.title(),
                        r.agency(),
                        r.reviewer(),
                        (int) r.tripped(),
                        r.status(),
                        r.total(),
                        r.grade()))
            .toList(),
        agencies,
        ranks(v.best()),
        ranks(v.worst()),
        checks.entrySet().stream()
            .map(
                e ->
                    new CampaignReport.FindingRow(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3],
                        e.getValue()[4]))
            .toList());
  }

  private static List<CampaignReport.RankRow> ranks(List<FileRow> rows) {
    List<CampaignReport.RankRow> out = new ArrayList<>();
    for (FileRow r : rows)
      out.add(
          new CampaignReport.RankRow(
              out.size() + 1, r.caseNumber(), r.agency(), r.total(), r.grade()));
    return out;
  }

  /**
   * A campaign's summary as the public may see it: agencies, counts, averages and grades. No case
   * numbers, no party, officer or reviewer names.
   */
  public record PublishedAgency(
      String agency,
      int files,
      int scored,
      BigDecimal average,
      int excellent,
      int pass,
      int fail) {}

  public record PublishedSummary(
      long id,
      String name,
      String kind,
      LocalDate decidedFrom,
      LocalDate decidedTo,
      LocalDate publishedOn,
      int files,
      int scored,
      BigDecimal average,
      int excellent,
      int pass,
      int fail,
      List<PublishedAgency> agencies) {}

  /**
   * The legal office publishes the campaign's summary on the portal, frozen as it is now (a later
   * change of a score does not change what was published until it is published again).
   */
  public PublishedSummary publish(long campaignId) {
    AppUser user = currentUser.require(ORGANISERS);
    Campaign c = readable(campaignId);
    CampaignReport r = report(campaignId);
    int scored = r.agencies().stream().mapToInt(CampaignReport.AgencyRow::scored).sum();
    if (scored == 0) throw DomainException.conflict(null, "本次评查尚无已提交的评分表，没有可公开的结果");
    List<BigDecimal> totals =
        r.files().stream().map(CampaignReport.FileRow::total).filter(t -> t != null).toList();
    PublishedSummary s =
        new PublishedSummary(
            c.getId(),
            c.getName(),
            c.getKind().label,
            c.getDecidedFrom(),
            c.getDecidedTo(),
            LocalDate.now(clock.withZone(org.gongshi.platform.Clocks.CHINA)),
            r.files().size(),
            scored,
            totals.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP),
            r.agencies().stream().mapToInt(CampaignReport.AgencyRow::excellent).sum(),
            r.agencies().stream().mapToInt(CampaignReport.AgencyRow::pass).sum(),
            r.agencies().stream().mapToInt(CampaignReport.AgencyRow::fail).sum(),
            r.agencies().stream()
                .map(
                    a ->
                        new PublishedAgency(
                            a.agency(),
                            a.files(),
                            a.scored(),
                            a.average(),
                            a.excellent(),
                            a.pass(),
                            a.fail()))
                .toList());
    try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
      c.publish(jsonb.toJson(s), user.getUsername(), Instant.now(clock));
    } catch (Exception e) {
      throw new IllegalStateException("cannot write the published summary", e);
    }
    audit.append(
        user.getUsername(),
        "PUBLISH_REVIEW_CAMPAIGN",
        "ReviewCampaign",
        c.getId(),
        null,
        "在门户公开评查结果“"
            + c.getName()
            + "”：抽取 "
            + s.files()
            + " 件，已评 "
            + s.scored()
            + " 件，平均分 "
            + s.average().toPlainString());
    return s;
  }

  /** Takes the summary off the portal. */
  public void withdraw(long campaignId) {
    AppUser user = currentUser.require(ORGANISERS);
    Campaign c = readable(campaignId);
    if (!c.isPublished()) throw DomainException.conflict(null, "该评查活动的结果未在门户公开");
    c.withdraw();
    audit.append(
        user.getUsername(),
        "WITHDRAW_REVIEW_CAMPAIGN",
        "ReviewCampaign",
        c.getId(),
        null,
        "撤下门户上公开的评查结果“" + c.getName() + "”");
  }

  /** The published summaries, newest first (anyone, no sign-in). */
  public List<PublishedSummary> published() {
    try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
      List<PublishedSummary> out = new ArrayList<>();
      for (Campaign c :
          em.createQuery(
                  "SELECT c FROM Campaign c WHERE c.published = true ORDER BY c.publishedAt DESC",
                  Campaign.class)
              .getResultList())
        if (c.getPublishedSummary() != null)
          out.add(jsonb.fromJson(c.getPublishedSummary(), PublishedSummary.class));
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the published summaries", e);
    }
  }

  /** Whether the campaign's summary is on the portal now, and since when (organisers). */
  public java.util.Optional<Instant> publishedAt(long campaignId) {
    Campaign c = readable(campaignId);
    return c.isPublished() ? Optional.ofNullable(c.getPublishedAt()) : Optional.empty();
  }

  /**
   * The legal office hands a file over to another case reviewer, never one of the file's agency. A
   * submitted sheet stays with its reviewer; a draft goes with the file.
   */
  public FileRow reassign(long fileId, String reviewer, String reason) {
    AppUser user = currentUser.require(ORGANISERS);
    CampaignFile f = file(fileId);
    Campaign c = readable(f.getCampaignId());
    if (blank(reviewer)) throw DomainException.invalid("reviewer", "请选择改派给哪位评查员");
    if (blank(reason)) throw DomainException.invalid("reason", "改派须写明理由");
    if (reason.strip().length() > 500) throw DomainException.invalid("reason", "改派理由最多 500 字");
    AppUser to =
        em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
            .setParameter("username", reviewer.strip())
            .getResultStream()
            .findFirst()
            .filter(x -> x.getRoles().contains(Role.CASE_REVIEWER))
            .orElseThrow(
                () ->
                    DomainException.invalid("reviewer", "只能改派给案卷评查员，“" + reviewer.strip() + "”不是"));
    if (to.getAgency() != null && to.getAgency().getId() == f.getAgencyId())
      throw DomainException.invalid(
          "reviewer",
          to.getDisplayName() + "属于" + to.getAgency().getName() + "，评查员不得评查本机关的案卷，请改派给其他机关的评查员");
    if (to.getUsername().equals(f.getReviewer()))
      throw DomainException.invalid("reviewer", "该案卷已由" + to.getDisplayName() + "评分");
    CampaignScore s = current(fileId).orElse(null);
    if (s != null && s.getStatus() != ScoreStatus.DRAFT)
      throw DomainException.conflict(
          "reviewer", "评分表" + s.getStatus().label + "，不能改派；如需复评，请由原评查员修改（生成新版本）");
    String from = f.getReviewer();
    f.reassign(to.getUsername());
    c.addReviewer(to.getUsername());
    if (s != null) s.handOver(to.getUsername(), to.getDisplayName());
    EnforcementCase k = em.find(EnforcementCase.class, f.getCaseId());
    audit.append(
        user.getUsername(),
        "REASSIGN_CAMPAIGN_FILE",
        "ReviewCampaignFile",
        f.getId(),
        k.getId(),
        k.getCaseNumber()
            + " 由评查员"
            + displayName(from)
            + "改派给"
            + to.getDisplayName()
            + "，理由："
            + reason.strip());
    return view(c).files().stream().filter(r -> r.fileId() == fileId).findFirst().orElseThrow();
  }

  /** Why this user may not score this file, or null when they may. */
  String whyMayNotScore(AppUser user, CampaignFile f) {
    if (!user.getRoles().contains(Role.CASE_REVIEWER)) return "只有案卷评查员可以评分";
    if (user.getAgency() != null && user.getAgency().getId() == f.getAgencyId())
      return "评查员不得评查本机关（" + user.getAgency().getName() + "）的案卷";
    if (!user.getUsername().equals(f.getReviewer()))
      return "本案卷由评查员" + displayName(f.getReviewer()) + "评分";
    return null;
  }

  private String whyMayNotSecond(AppUser user, CampaignFile f, CampaignScore s) {
    Campaign c = em.find(Campaign.class, f.getCampaignId());
    if (!user.getRoles().contains(Role.CASE_REVIEWER)
        || !c.getReviewers().contains(user.getUsername())) return "只有本次评查的其他评查员可以确认否决";
    if (user.getUsername().equals(s.getReviewer())) return "否决项须由另一名评查员确认，评分人本人不能确认";
    if (user.getAgency() != null && user.getAgency().getId() == f.getAgencyId())
      return "评查员不得评查本机关（" + user.getAgency().getName() + "）的案卷";
    return null;
  }

  private void requireScorer(AppUser user, CampaignFile f) {
    Campaign c = em.find(Campaign.class, f.getCampaignId());
    if (!mayRead(user, c)) throw DomainException.notFound("没有该评查案卷，或您不是本次评查的评查员");
    String why = whyMayNotScore(user, f);
    if (why != null) throw DomainException.forbidden(why);
  }

  private void precheck(CampaignFile f) {
    int i = 0;
    for (PreChecks.Finding x : PreChecks.run(facts.read(f.getCaseId()), facts.calendar())) {
      em.persist(
          new Finding(
              f.getId(),
              ++i,
              x.code(),
              x.label(),
              x.state().name(),
              x.message(),
              x.evidence(),
              x.documentId(),
              x.itemCode(),
              x.deduction(),
              x.vetoCode()));
    }
  }

  private List<FindingView> findings(long fileId, Standard standard) {
    return em.createNamedQuery(Finding.BY_FILE, Finding.class)
        .setParameter("file", fileId)
        .getResultStream()
        .map(x -> view(x, standard))
        .toList();
  }

  /** The finding in words: the standard's item and veto by name, never by code. */
  private static FindingView view(Finding x, Standard standard) {
    return new FindingView(
        x.getId(),
        x.getCode(),
        x.getLabel(),
        x.getState(),
        PreChecks.State.valueOf(x.getState()).label,
        x.getMessage(),
        x.getEvidence(),
        x.getDocumentId(),
        x.getItemCode(),
        x.getItemCode() == null
            ? null
            : standard.item(x.getItemCode()).map(Standard.Item::criterion).orElse(null),
        x.getDeduction(),
        x.getVetoCode(),
        x.getVetoCode() == null
            ? null
            : standard.veto(x.getVetoCode()).map(Standard.Veto::label).orElse(null),
        x.getDecision() == null ? null : x.getDecision().equals("CONFIRMED") ? "已确认" : "已驳回",
        x.getDecisionReason());
  }

  private ScoreView view(CampaignScore s) {
    return new ScoreView(
        s.getId(),
        s.getRevision(),
        s.getStatus().name(),
        s.getStatus().label,
        s.getReviewerName(),
        s.getItems().stream()
            .map(
                i ->
                    new Grading.Scored(
                        i.getCode(),
                        i.getCategory(),
                        i.getCriterion(),
                        i.getPoints(),
                        i.getDeduction(),
                        i.getReason()))
            .toList(),
        List.copyOf(s.getVetoes()),
        s.getComments(),
        s.getMaxTotal(),
        s.getTotal(),
        s.getGrade(),
        s.getSecondReviewerName());
  }

  private CampaignView view(Campaign c) {
    Map<Long, String> agencyNames = new HashMap<>();
    em.createNamedQuery(Agency.ALL, Agency.class)
        .getResultList()
        .forEach(a -> agencyNames.put(a.getId(), a.getName()));
    Map<Long, CampaignScore> scores = currentScores(c.getId());
    Map<Long, Long> tripped = new HashMap<>();
    em.createQuery(
            "SELECT x.fileId, COUNT(x) FROM Finding x, CampaignFile f WHERE x.fileId = f.id"
                + " AND f.campaignId = :c AND x.state = 'TRIPPED' GROUP BY x.fileId",
            Object[].class)
        .setParameter("c", c.getId())
        .getResultStream()
        .forEach(r -> tripped.put((Long) r[0], (Long) r[1]));
    Map<String, String> names = new HashMap<>();
    List<FileRow> rows = new ArrayList<>();
    for (CampaignFile f : files(c.getId())) {
      EnforcementCase k = em.find(EnforcementCase.class, f.getCaseId());
      CampaignScore s = scores.get(f.getId());
      boolean done = s != null && s.getStatus() == ScoreStatus.SUBMITTED;
      rows.add(
          new FileRow(
              f.getId(),
              k.getId(),
              k.getCaseNumber(),
              k.getTitle(),
              agencyNames.get(f.getAgencyId()),
              names.computeIfAbsent(f.getReviewer(), this::displayName),
              tripped.getOrDefault(f.getId(), 0L),
              s == null ? "待评分" : s.getStatus().label,
              done ? s.getTotal() : null,
              done ? s.getGrade() : null));
    }
    List<AgencyAverage> averages = new ArrayList<>();
    for (Long a : c.getAgencyIds()) {
      List<FileRow> of = rows.stream().filter(r -> r.agency().equals(agencyNames.get(a))).toList();
      List<BigDecimal> totals = of.stream().map(FileRow::total).filter(t -> t != null).toList();
      averages.add(
          new AgencyAverage(
              agencyNames.get(a),
              of.size(),
              totals.size(),
              totals.isEmpty()
                  ? null
                  : totals.stream()
                      .reduce(BigDecimal.ZERO, BigDecimal::add)
                      .divide(BigDecimal.valueOf(totals.size()), 1, RoundingMode.HALF_UP)));
    }
    List<FileRow> scored = rows.stream().filter(r -> r.total() != null).toList();
    Comparator<FileRow> byTotal =
        Comparator.comparing(FileRow::total).thenComparing(FileRow::fileId);
    List<FileRow> best = scored.stream().sorted(byTotal.reversed()).limit(10).toList();
    List<FileRow> worst = scored.stream().sorted(byTotal).limit(10).toList();
    return new CampaignView(
        c.getId(),
        c.getName(),
        c.getKind().label,
        c.getDecidedFrom(),
        c.getDecidedTo(),
        c.getProcedure() == null
            ? "不限"
            : org.gongshi.archive.entity.Procedure.valueOf(c.getProcedure()).label,
        c.getAgencyIds().stream().map(agencyNames::get).toList(),
        c.getPercent(),
        c.getMinPerAgency(),
        c.getExcludeLast(),
        c.getSeed(),
        c.getPopulation(),
        c.getReviewers().stream().map(this::displayName).toList(),
        standards.title(c.getStandardId()),
        c.getPrecheckMillis(),
        rows,
        averages,
        best,
        worst);
  }

  private Map<Long, CampaignScore> currentScores(long campaignId) {
    Map<Long, CampaignScore> out = new HashMap<>();
    em.createNamedQuery(CampaignScore.CURRENT_OF_CAMPAIGN, CampaignScore.class)
        .setParameter("campaign", campaignId)
        .setParameter("superseded", ScoreStatus.SUPERSEDED)
        .getResultStream()
        .forEach(s -> out.put(s.getFileId(), s));
    return out;
  }

  private Optional<CampaignScore> current(long fileId) {
    return em.createNamedQuery(CampaignScore.BY_FILE, CampaignScore.class)
        .setParameter("file", fileId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private List<CampaignFile> files(long campaignId) {
    return em.createNamedQuery(CampaignFile.BY_CAMPAIGN, CampaignFile.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  private CampaignFile file(long id) {
    CampaignFile f = em.find(CampaignFile.class, id);
    if (f == null) throw DomainException.notFound("没有该评查案卷，或您不是本次评查的评查员");
    return f;
  }

  private Campaign readable(long id) {
    AppUser user = currentUser.require(Role.CASE_REVIEWER, Role.LEGAL_OFFICE, Role.ADMIN);
    Campaign c = em.find(Campaign.class, id);
    if (c == null || !mayRead(user, c)) throw DomainException.notFound("没有该评查活动，或您不是本次评查的评查员");
    return c;
  }

  private static boolean mayRead(AppUser user, Campaign c) {
    return user.getRoles().contains(Role.LEGAL_OFFICE)
        || user.getRoles().contains(Role.ADMIN)
        || c.getReviewers().contains(user.getUsername());
  }

  private List<Long> eligible(long agencyId, LocalDate from, LocalDate to, String procedure) {
    var q =
        em.createNativeQuery(
                "SELECT c.id FROM enforcement_case c JOIN case_milestone m ON m.case_id = c.id"
                    + " WHERE c.agency_id = ?1 AND c.status IN ('CLOSED', 'SEALED') AND m.kind = 'DECIDED'"
                    + " AND m.milestone_day BETWEEN ?2 AND ?3"
                    + (procedure == null ? "" : " AND c.procedure_kind = ?4")
                    + " ORDER BY c.id")
            .setParameter(1, agencyId)
            .setParameter(2, from)
            .setParameter(3, to);
    if (procedure != null) q.setParameter(4, procedure);
    List<?> rows = q.getResultList();
    return rows.stream().map(o -> ((Number) o).longValue()).toList();
  }

  private List<Long> recentlyDrawn(int lastN) {
    if (lastN == 0) return List.of();
    List<Long> campaigns =
        em.createQuery("SELECT c.id FROM Campaign c ORDER BY c.id DESC", Long.class)
            .setMaxResults(lastN)
            .getResultList();
    if (campaigns.isEmpty()) return List.of();
    return em.createQuery(
            "SELECT f.caseId FROM CampaignFile f WHERE f.campaignId IN :c", Long.class)
        .setParameter("c", campaigns)
        .getResultList();
  }

  private List<AppUser> reviewers(List<String> names) {
    if (names == null || names.isEmpty())
      throw DomainException.invalid("reviewers", "请至少指定一名案卷评查员");
    List<AppUser> out = new ArrayList<>();
    for (String n : names) {
      AppUser u =
          em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
              .setParameter("username", n)
              .getResultStream()
              .findFirst()
              .filter(x -> x.getRoles().contains(Role.CASE_REVIEWER))
              .orElseThrow(
                  () -> DomainException.invalid("reviewers", "评查员须为案卷评查员账号，“" + n + "”不是"));
      if (!out.contains(u)) out.add(u);
    }
    return out;
  }

  /** The least loaded reviewer not of the file's agency. */
  private static AppUser assign(
      List<AppUser> reviewers, long agencyId, Map<Long, Integer> load, List<Agency> agencies) {
    return reviewers.stream()
        .filter(r -> r.getAgency() == null || r.getAgency().getId() != agencyId)
        .min(Comparator.comparing((AppUser r) -> load.getOrDefault(r.getId(), 0)))
        .map(
            r -> {
              load.merge(r.getId(), 1, Integer::sum);
              return r;
            })
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "reviewers",
                    "没有可评查"
                        + agencies.stream()
                            .filter(a -> a.getId() == agencyId)
                            .map(Agency::getName)
                            .findFirst()
                            .orElse("")
                        + "案卷的评查员：评查员不得评查本机关案卷，请再指定一名其他机关的评查员"));
  }

  private String displayName(String username) {
    return em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(AppUser::getDisplayName)
        .orElse("（已停用账号）");
  }

  private static String vetoLabels(Standard s, List<String> codes) {
    return String.join(
        "、", codes.stream().map(v -> s.veto(v).map(Standard.Veto::label).orElse(v)).toList());
  }

  private static CampaignKind kindOf(String kind) {
    if (blank(kind)) return CampaignKind.AD_HOC;
    try {
      return CampaignKind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("kind", "评查类型应为月度抽查、季度评查、年度评查或专项评查");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
