package org.gongshi.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.gongshi.archive.boundary.Archive;
import org.gongshi.archive.control.DecisionNumbers;
import org.gongshi.archive.entity.*;
import org.gongshi.legal.control.ReviewFindings;
import org.gongshi.legal.entity.CollectiveDiscussion;
import org.gongshi.legal.entity.FilingStatus;
import org.gongshi.legal.entity.LegalReview;
import org.gongshi.legal.entity.MajorFiling;
import org.gongshi.legal.entity.ReviewCheck;
import org.gongshi.legal.entity.ReviewStatus;
import org.gongshi.legal.entity.Verdict;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Officer;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.security.Passwords;

/**
 * Demo major decisions of 金东: one reviewed, discussed and filed in time and accepted, one filed
 * late and waiting, one overdue and not filed (漏报), one closed and never filed (不报), one waiting
 * for legal review; and the legal offices of 金华市 and 忻州市 with their regions.
 */
@ApplicationScoped
public class MajorDemo {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Archive archive;
  private Files files;

  /** Called from DemoData in its seeding transaction. */
  void seed(List<Agency> agencies, List<List<Officer>> officers, Files files) {
    this.files = files;
    Agency jindong = agencies.get(0);
    em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
        .setParameter("username", "legaloffice")
        .getResultStream()
        .forEach(u -> u.assignRegion("浙江省金华市"));
    AppUser xinzhou =
        new AppUser(
            "legaloffice2",
            Passwords.hash(DemoData.PASSWORD),
            "忻州市司法局备案审查员",
            null,
            null,
            "legaloffice2@example.gov.cn",
            EnumSet.of(Role.LEGAL_OFFICE));
    xinzhou.assignRegion("山西省忻州市");
    em.persist(xinzhou);
    // a small bureau's reviewer who also handles cases: may not review their own
    em.persist(
        new AppUser(
            "legal2",
            Passwords.hash(DemoData.PASSWORD),
            "金东法制审核员（兼执法）",
            jindong,
            officers.get(0).get(1),
            "legal2@example.gov.cn",
            EnumSet.of(Role.LEGAL_REVIEWER, Role.CASE_OFFICER)));
    List<Officer> os = officers.get(0);

    EnforcementCase accepted =
        decided(jindong, os, 1, PenaltyKind.FINE, "150000", LocalDate.of(2026, 10, 12));
    passReview(accepted, LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 9));
    discuss(accepted, LocalDate.of(2026, 10, 10));
    MajorFiling f1 =
        file(accepted, LocalDate.of(2026, 10, 27), LocalDate.of(2026, 10, 20), "2026-11-19");
    f1.examine(FilingStatus.ACCEPTED, "legaloffice", LocalDate.of(2026, 11, 5), null);

    EnforcementCase late =
        decided(jindong, os, 2, PenaltyKind.REVOKE_LICENCE, null, LocalDate.of(2026, 9, 8));
    passReview(late, LocalDate.of(2026, 8, 26), LocalDate.of(2026, 9, 2));
    discuss(late, LocalDate.of(2026, 9, 4));
    file(late, LocalDate.of(2026, 9, 23), LocalDate.of(2026, 11, 20), "2026-12-21");

    EnforcementCase overdue =
        decided(jindong, os, 3, PenaltyKind.FINE, "200000", LocalDate.of(2026, 11, 2));
    passReview(overdue, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 28));
    discuss(overdue, LocalDate.of(2026, 10, 30));

    EnforcementCase never =
        decided(jindong, os, 4, PenaltyKind.SUSPEND_BUSINESS, null, LocalDate.of(2026, 8, 3));
    passReview(never, LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 28));
    discuss(never, LocalDate.of(2026, 7, 30));
    never.recordMilestone(MilestoneKind.CLOSED, LocalDate.of(2026, 8, 20));
    never.close();

    EnforcementCase waiting =
        open(jindong, os, 5, PenaltyKind.FINE, "120000", LocalDate.of(2026, 10, 20));
    waiting.recordMilestone(MilestoneKind.ADVANCE_NOTICE, LocalDate.of(2026, 11, 20));
    em.persist(
        new LegalReview(
            waiting.getId(),
            jindong.getId(),
            LocalDate.of(2026, 12, 1),
            "officer",
            LocalDate.of(2026, 12, 10),
            ReviewFindings.prefill(
                new ReviewFindings.Context(
                    waiting, LocalDate.of(2026, 12, 1), java.util.Optional.empty(), null, null))));
    for (EnforcementCase c : List.of(accepted, late, overdue, never, waiting)) archive.announce(c);
  }

  private EnforcementCase open(
      Agency a, List<Officer> os, int n, PenaltyKind kind, String amount, LocalDate filed) {
    String[] names = {
      "", "金华市鑫达建材有限公司", "金华市东盛餐饮管理有限公司", "金华市永安物流有限公司", "金华市华茂娱乐有限公司", "金华市顺鑫渣土运输有限公司"
    };
    EnforcementCase c =
        new EnforcementCase(
            a,
            "金东综执立字〔2026〕第90" + n + "号",
            n == 2 ? "未取得许可擅自从事经营（吊销许可证件）" : "违法建设、占道经营情节严重",
            Procedure.GENERAL,
            CaseSource.PATROL,
            "当事人违法行为情节严重，经调查核实，事实清楚。",
            "《浙江省综合行政执法条例》第三十条",
            "officer",
            Instant.now());
    c.replaceParties(
        List.of(
            new Party(
                PartyKind.ORGANISATION,
                names[n],
                null,
                DemoCorpus.withUsccCheck("9133070" + n + "MA2" + n + "K7Q8X"),
                "陈" + "志强国伟建明".charAt(n) + "某",
                "浙江省金华市金东区多湖街道" + n + "0号",
                false)));
    c.replacePenalties(
        List.of(new Penalty(kind, amount == null ? null : new BigDecimal(amount), null)));
    c.replaceOfficers(List.of(os.get(0), os.get(1)));
    c.recordMilestone(MilestoneKind.FILED, filed);
    c.recordMilestone(MilestoneKind.INVESTIGATION_ENDED, filed.plusDays(25));
    em.persist(c);
    em.flush();
    audit.append(
        "officer",
        "OPEN_CASE",
        "Case",
        c.getId(),
        c.getId(),
        "立案登记 " + c.getCaseNumber() + "（演示数据）");
    for (DocumentType t :
        List.of(
            DocumentType.FILING_APPROVAL,
            DocumentType.INQUIRY_RECORD,
            DocumentType.EVIDENCE,
            DocumentType.ADVANCE_NOTICE,
            DocumentType.INVESTIGATION_END_REPORT)) document(c, t);
    return c;
  }

  private EnforcementCase decided(
      Agency a, List<Officer> os, int n, PenaltyKind kind, String amount, LocalDate decided) {
    EnforcementCase c = open(a, os, n, kind, amount, decided.minusDays(60));
    c.recordMilestone(MilestoneKind.ADVANCE_NOTICE, decided.minusDays(25));
    document(c, DocumentType.LEGAL_REVIEW_OPINION);
    document(c, DocumentType.COLLECTIVE_DISCUSSION);
    document(c, DocumentType.DECISION);
    String number = "金东综执罚决字〔2026〕第90" + n + "号";
    c.recordDecisionNumber(number, DecisionNumbers.key(number));
    c.recordMilestone(MilestoneKind.DECIDED, decided);
    return c;
  }

  private void passReview(EnforcementCase c, LocalDate submitted, LocalDate concluded) {
    List<ReviewCheck> checks =
        ReviewFindings.prefill(
            new ReviewFindings.Context(c, submitted, java.util.Optional.empty(), null, null));
    LegalReview r =
        new LegalReview(
            c.getId(), c.getAgency().getId(), submitted, "officer", submitted.plusDays(9), checks);
    for (ReviewCheck k : checks)
      k.judge(
          Verdict.SOUND,
          "经审核符合要求",
          ReviewCheck.overrides(k.getFinding(), Verdict.SOUND) ? "已核对纸质案卷和权责清单，符合要求" : null);
    r.conclude(ReviewStatus.PASSED, "legal", concluded, "事实清楚，证据充分，程序合法，同意作出处罚决定");
    em.persist(r);
    c.recordMilestone(MilestoneKind.LEGAL_REVIEW, concluded);
  }

  private void discuss(EnforcementCase c, LocalDate held) {
    long minutes =
        em.createQuery(
                "SELECT d.id FROM CaseDocument d WHERE d.enforcementCase = :c AND d.type = :t",
                Long.class)
            .setParameter("c", c)
            .setParameter("t", DocumentType.COLLECTIVE_DISCUSSION)
            .getSingleResult();
    em.persist(
        new CollectiveDiscussion(
            c.getId(),
            held,
            "王局长、李副局长、张副局长、赵科长",
            4,
            "同意按拟处罚意见作出处罚决定",
            minutes,
            "officer",
            Instant.now()));
    c.recordMilestone(MilestoneKind.COLLECTIVE_DISCUSSION, held);
  }

  private MajorFiling file(EnforcementCase c, LocalDate due, LocalDate filed, String examineDue) {
    List<Long> ids =
        em.createQuery(
                "SELECT d.id FROM CaseDocument d WHERE d.enforcementCase = :c AND d.type IN :t ORDER BY d.id",
                Long.class)
            .setParameter("c", c)
            .setParameter(
                "t",
                List.of(
                    DocumentType.INVESTIGATION_END_REPORT,
                    DocumentType.LEGAL_REVIEW_OPINION,
                    DocumentType.DECISION,
                    DocumentType.ADVANCE_NOTICE,
                    DocumentType.COLLECTIVE_DISCUSSION))
            .getResultList();
    MajorFiling f =
        new MajorFiling(
            c.getId(),
            c.getAgency().getId(),
            c.getMilestones().get(MilestoneKind.DECIDED),
            due,
            filed,
            "officer",
            String.join(",", new ArrayList<>(ids).stream().map(String::valueOf).toList()),
            LocalDate.parse(examineDue));
    em.persist(f);
    return f;
  }

  private void document(EnforcementCase c, DocumentType t) {
    CaseDocument d = new CaseDocument(c, t, t.label, "officer", Instant.now());
    em.persist(d);
    byte[] bytes =
        DemoFiles.docx(t.label, t.label + "（演示）" + c.getCaseNumber() + "：" + c.getTitle());
    String name = t.label + "-" + c.getCaseNumber().replaceAll("[〔〕]", "") + ".docx";
    files.store(
        d, name, bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    em.flush();
    em.refresh(d);
    em.refresh(c);
  }

  /** DemoData's way of storing a demo file under a document. */
  interface Files {
    void store(CaseDocument d, String name, byte[] bytes, String type);
  }
}
