package org.gongshi.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.calendar.control.WorkingCalendar;
import org.gongshi.review.control.PreChecks.State;
import org.junit.jupiter.api.Test;

/** Each pre-check with a file that trips it and one that does not. */
class PreChecksTest {
  static final WorkingCalendar CAL = WorkingCalendar.standard();
  static final LocalDate FILED = LocalDate.of(2025, 3, 3);
  static final LocalDate NOTICE = LocalDate.of(2025, 3, 20);
  static final LocalDate DECIDED = LocalDate.of(2025, 4, 7);

  /** A clean general-procedure file: two officers, every document, notice well before decision. */
  static CaseFacts clean() {
    Map<MilestoneKind, LocalDate> m = new EnumMap<>(MilestoneKind.class);
    m.put(MilestoneKind.FILED, FILED);
    m.put(MilestoneKind.ADVANCE_NOTICE, NOTICE);
    m.put(MilestoneKind.DECIDED, DECIDED);
    Map<DocumentType, Long> docs = new HashMap<>();
    long id = 1;
    for (DocumentType t : DocumentType.requiredFor(Procedure.GENERAL)) docs.put(t, id++);
    return new CaseFacts(
        Procedure.GENERAL,
        true,
        List.of(PenaltyKind.FINE),
        new BigDecimal("20000"),
        List.of(
            new CaseFacts.OfficerFact("李明", "33000001", LocalDate.of(2028, 12, 31)),
            new CaseFacts.OfficerFact("王芳", "33000002", LocalDate.of(2028, 12, 31))),
        m,
        docs,
        null,
        new CaseFacts.Discretion(false, false, "罚款在“一般”裁量档次范围内"),
        new CaseFacts.Publication(
            true, LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 10), null, null, "已公示"),
        new CaseFacts.MajorFact(true, false, ""),
        LocalDate.of(2025, 1, 10),
        LocalDate.of(2026, 12, 6));
  }

  static Map<String, PreChecks.Finding> run(CaseFacts f) {
    Map<String, PreChecks.Finding> out = new HashMap<>();
    PreChecks.run(f, CAL).forEach(x -> out.put(x.code(), x));
    return out;
  }

  static PreChecks.Finding check(CaseFacts f, String code) {
    return run(f).get(code);
  }

  static CaseFacts with(CaseFacts f, MilestoneKind k, LocalDate day) {
    Map<MilestoneKind, LocalDate> m = new EnumMap<>(f.milestones());
    if (day == null) m.remove(k);
    else m.put(k, day);
    return Facts.of(f).milestones(m).build();
  }

  /** A copy of a file's facts with some of them changed. */
  static final class Facts {
    private Procedure procedure;
    private boolean organisationParty;
    private List<PenaltyKind> penaltyKinds;
    private BigDecimal totalFine;
    private List<CaseFacts.OfficerFact> officers;
    private Map<MilestoneKind, LocalDate> milestones;
    private Map<DocumentType, Long> documents;
    private Integer extensionDays;
    private CaseFacts.Discretion discretion;
    private CaseFacts.Publication publication;
    private CaseFacts.MajorFact major;
    private LocalDate actDay;
    private LocalDate today;

    static Facts of(CaseFacts f) {
      Facts x = new Facts();
      x.procedure = f.procedure();
      x.organisationParty = f.organisationParty();
      x.penaltyKinds = f.penaltyKinds();
      x.totalFine = f.totalFine();
      x.officers = f.officers();
      x.milestones = f.milestones();
      x.documents = f.documents();
      x.extensionDays = f.extensionDays();
      x.discretion = f.discretion();
      x.publication = f.publication();
      x.major = f.majorWithoutReview();
      x.actDay = f.actDay();
      x.today = f.today();
      return x;
    }

    Facts simple(boolean organisationParty, BigDecimal fine, Map<DocumentType, Long> documents) {
      this.procedure = Procedure.SIMPLE;
      this.organisationParty = organisationParty;
      this.penaltyKinds = List.of(PenaltyKind.FINE);
      this.totalFine = fine;
      this.documents = documents;
      this.discretion = null;
      this.publication = null;
      return this;
    }

    Facts officers(List<CaseFacts.OfficerFact> officers) {
      this.officers = officers;
      return this;
    }

    Facts milestones(Map<MilestoneKind, LocalDate> milestones) {
      this.milestones = milestones;
      return this;
    }

    Facts documents(Map<DocumentType, Long> documents) {
      this.documents = documents;
      return this;
    }

    Facts extensionDays(Integer days) {
      this.extensionDays = days;
      return this;
    }

    Facts discretion(CaseFacts.Discretion discretion) {
      this.discretion = discretion;
      return this;
    }

    Facts publication(CaseFacts.Publication publication) {
      this.publication = publication;
      return this;
    }

    Facts major(CaseFacts.MajorFact major) {
      this.major = major;
      return this;
    }

    Facts actDay(LocalDate actDay) {
      this.actDay = actDay;
      return this;
    }

    CaseFacts build() {
      return new CaseFacts(
          procedure,
          organisationParty,
          penaltyKinds,
          totalFine,
          officers,
          milestones,
          documents,
          extensionDays,
          discretion,
          publication,
          major,
          actDay,
          today);
    }
  }

  @Test
  void aCleanFileTripsNothing() {
    assertThat(run(clean()).values()).allMatch(x -> x.state() == State.CLEAR, "all clear");
    assertThat(run(clean())).hasSize(12);
  }

  @Test
  void missingDocuments() {
    Map<DocumentType, Long> docs = new HashMap<>(clean().documents());
    docs.remove(DocumentType.SERVICE_RECEIPT);
    var x = check(Facts.of(clean()).documents(docs).build(), "DOCUMENTS");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.message()).isEqualTo("缺少普通程序必备文书：送达回证");
    assertThat(x.itemCode()).isEqualTo("F2");
  }

  @Test
  void fewerThanTwoOfficersProposesTheVeto() {
    var f = clean();
    var x = check(Facts.of(f).officers(f.officers().subList(0, 1)).build(), "OFFICERS");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.vetoCode()).isEqualTo("FEWER_THAN_TWO_OFFICERS");
    assertThat(x.evidence()).isEqualTo("办案人员：李明");
  }

  @Test
  void aCertificateExpiredBeforeTheDecision() {
    var f = clean();
    var g =
        Facts.of(f)
            .officers(
                List.of(
                    f.officers().get(0),
                    new CaseFacts.OfficerFact("王芳", "33000002", LocalDate.of(2025, 3, 31))))
            .build();
    var x = check(g, "CERTIFICATES");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.message()).contains("王芳（证号 33000002，有效期至 2025-03-31）");
    assertThat(x.vetoCode()).isEqualTo("UNQUALIFIED_OFFICER");
  }

  @Test
  void aDecisionAfter90DaysWithoutExtension() {
    var late = with(clean(), MilestoneKind.DECIDED, FILED.plusDays(95));
    assertThat(check(late, "DECISION_DAYS").state()).isEqualTo(State.TRIPPED);
    assertThat(check(late, "DECISION_DAYS").message()).isEqualTo("立案后第 95 日才作出决定，超过 90 日且无延期批准");
    var extended = Facts.of(late).extensionDays(30).build();
    assertThat(check(extended, "DECISION_DAYS").state()).isEqualTo(State.CLEAR);
  }

  @Test
  void advanceNoticeMissingOrAfterTheDecision() {
    assertThat(check(with(clean(), MilestoneKind.ADVANCE_NOTICE, null), "ADVANCE_NOTICE").state())
        .isEqualTo(State.TRIPPED);
    var after =
        check(with(clean(), MilestoneKind.ADVANCE_NOTICE, DECIDED.plusDays(1)), "ADVANCE_NOTICE");
    assertThat(after.state()).isEqualTo(State.TRIPPED);
    assertThat(after.message()).isEqualTo("事先告知（2025-04-08）不早于处罚决定（2025-04-07）");
  }

  @Test
  void aDecisionInsideTheFiveWorkingDaysAfterNotice() {
    // notice Thu 2025-04-03; 04-04..04-06 Qingming holidays: five working days run to Fri 04-11
    var f =
        with(
            with(clean(), MilestoneKind.ADVANCE_NOTICE, LocalDate.of(2025, 4, 3)),
            MilestoneKind.DECIDED,
            LocalDate.of(2025, 4, 11));
    var x = check(f, "RIGHTS_WINDOW");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.message()).contains("（至 2025-04-11）未满即作出决定");
    assertThat(
            check(with(f, MilestoneKind.DECIDED, LocalDate.of(2025, 4, 14)), "RIGHTS_WINDOW")
                .state())
        .isEqualTo(State.CLEAR);
    var hurriedHearing = with(clean(), MilestoneKind.HEARING, NOTICE.plusDays(3));
    assertThat(check(hurriedHearing, "RIGHTS_WINDOW").message()).contains("不足 7 日的听证通知期");
  }

  @Test
  void aMajorCaseWithoutReviewOrNotConnected() {
    var missing = Facts.of(clean()).major(new CaseFacts.MajorFact(true, true, "未经法制审核")).build();
    assertThat(check(missing, "MAJOR_REVIEW").state()).isEqualTo(State.TRIPPED);
    var unknown = Facts.of(clean()).major(null).build();
    assertThat(check(unknown, "MAJOR_REVIEW").state()).isEqualTo(State.NOT_RUN);
    assertThat(check(unknown, "MAJOR_REVIEW").message()).startsWith("未接入");
  }

  @Test
  void aFineOutsideItsLevelWithoutAReason() {
    var outside =
        Facts.of(clean())
            .discretion(new CaseFacts.Discretion(true, false, "超出“一般”档次 5000–10000 元"))
            .build();
    assertThat(check(outside, "DISCRETION").state()).isEqualTo(State.TRIPPED);
    var reasoned =
        Facts.of(clean()).discretion(new CaseFacts.Discretion(true, true, "多次违法")).build();
    assertThat(check(reasoned, "DISCRETION").state()).isEqualTo(State.CLEAR);
  }

  @Test
  void simpleProcedureBeyondItsLimits() {
    Map<DocumentType, Long> docs =
        Map.of(DocumentType.SIMPLE_DECISION, 1L, DocumentType.EVIDENCE, 2L);
    var person500 = Facts.of(clean()).simple(false, new BigDecimal("500"), docs).build();
    var x = check(person500, "SIMPLE_LIMITS");
    assertThat(x.state()).isEqualTo(State.TRIPPED);
    assertThat(x.message()).contains("罚款 500 元超过 200 元");
    var org500 = Facts.of(clean()).simple(true, new BigDecimal("500"), docs).build();
    assertThat(check(org500, "SIMPLE_LIMITS").state()).isEqualTo(State.CLEAR);
  }

  @Test
  void publicationLateOrMissing() {
    var late =
        Facts.of(clean())
            .publication(
                new CaseFacts.Publication(
                    true, LocalDate.of(2025, 4, 16), LocalDate.of(2025, 4, 20), null, null, "已公示"))
            .build();
    assertThat(check(late, "PUBLICATION").message()).isEqualTo("于 2025-04-20 公示，晚于期限 2025-04-16");
    var never =
        Facts.of(clean())
            .publication(
                new CaseFacts.Publication(true, LocalDate.of(2025, 4, 16), null, null, null, "待公示"))
            .build();
    assertThat(check(never, "PUBLICATION").state()).isEqualTo(State.TRIPPED);
  }

  @Test
  void withdrawalLate() {
    var late = Facts.of(clean()).publication(withdrawn(LocalDate.of(2025, 6, 9))).build();
    assertThat(check(late, "WITHDRAWAL").state()).isEqualTo(State.TRIPPED);
    var onTime = Facts.of(clean()).publication(withdrawn(LocalDate.of(2025, 6, 4))).build();
    assertThat(check(onTime, "WITHDRAWAL").state()).isEqualTo(State.CLEAR);
  }

  /** Published on time, to be withdrawn by 2025-06-05, withdrawn on the given day. */
  private static CaseFacts.Publication withdrawn(LocalDate on) {
    return new CaseFacts.Publication(
        true,
        LocalDate.of(2025, 4, 16),
        LocalDate.of(2025, 4, 10),
        LocalDate.of(2025, 6, 5),
        on,
        "已撤回");
  }

  @Test
  void limitationExpiredAtFilingOrNotRecorded() {
    var old = Facts.of(clean()).actDay(LocalDate.of(2022, 12, 1)).build();
    assertThat(check(old, "LIMITATION").state()).isEqualTo(State.TRIPPED);
    assertThat(check(old, "LIMITATION").vetoCode()).isEqualTo("LIMITATION_EXPIRED");
    var unknown = Facts.of(clean()).actDay(null).build();
    assertThat(check(unknown, "LIMITATION").state()).isEqualTo(State.NOT_RUN);
  }
}
