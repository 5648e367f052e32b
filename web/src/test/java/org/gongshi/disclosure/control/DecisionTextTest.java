package org.gongshi.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongshi.reports.model.Party;
import org.gongshi.reports.model.PenaltyDecision;
import org.junit.jupiter.api.Test;

/** One masking gives the public text and every redacted field of the 公示版 PDF. */
class DecisionTextTest {
  static final Redactor REDACTOR = new Redactor(RedactionRules.defaults(), NameRecogniser.none());

  static PenaltyDecision personDecision() {
    return new PenaltyDecision(
        "金东综执罚决字〔2026〕第118号",
        "金华市金东区综合行政执法局",
        PenaltyDecision.Procedure.GENERAL,
        new Party(
            Party.PartyType.NATURAL_PERSON,
            "张三丰",
            "11010519491231002X",
            null,
            "金华市金东区多湖街道光明小区3幢201室"),
        "2026年10月12日，当事人张三丰在东关路占道经营，经证人李四（电话13812345678）指认。",
        List.of("询问笔录（张三丰）", "现场照片"),
        "《城市市容和环境卫生管理条例》第十七条",
        "《城市市容和环境卫生管理条例》第三十六条",
        null,
        List.of("罚款人民币500元"),
        new BigDecimal("500"),
        null,
        15,
        "金华市金东区人民政府",
        "金华市金东区人民法院",
        LocalDate.of(2026, 11, 2));
  }

  @Test
  void everyFieldIsRedactedAsTheWholeText() {
    PenaltyDecision d = personDecision();
    DecisionText text = DecisionText.of(d);
    RedactionProposal p =
        REDACTOR.propose(text.text(), CaseContext.naturalPerson("张三丰", Set.of("李四")));
    String publicText = p.apply();

    assertThat(publicText).doesNotContain("张三丰", "11010519491231002X", "13812345678", "李四", "光明小区");
    assertThat(publicText)
        .contains("张某某", "金东综执罚决字〔2026〕第118号", "金华市金东区综合行政执法局", "第三十六条", "罚款人民币500元");

    PenaltyDecision redacted = text.redacted(p, Set.of());
    assertThat(redacted.party().name()).isEqualTo("张某某");
    assertThat(redacted.party().code()).doesNotContain("1949").hasSize(18);
    assertThat(redacted.facts()).contains("张某某", "东关路").doesNotContain("李四", "13812345678");
    assertThat(redacted.evidence()).containsExactly("询问笔录（张某某）", "现场照片");
    assertThat(redacted.penalties()).containsExactly("罚款人民币500元");
    assertThat(redacted.decisionNumber()).isEqualTo(d.decisionNumber());
  }

  @Test
  void anUnmaskedSpanComesOutInClearInTheFieldToo() {
    DecisionText text = DecisionText.of(personDecision());
    RedactionProposal p =
        REDACTOR.propose(text.text(), CaseContext.naturalPerson("张三丰", Set.of("李四")));
    Span witness =
        p.spans().stream().filter(s -> p.textOf(s).equals("李四")).findFirst().orElseThrow();

    assertThat(text.field("facts", p, Set.of(witness.id())))
        .contains("李四")
        .doesNotContain("13812345678");
    assertThat(p.apply(Set.of(witness.id()))).contains("李四");
  }

  @Test
  void aManualSpanAcrossTwoFieldsMasksBothParts() {
    DecisionText text = DecisionText.of(personDecision());
    RedactionProposal p = REDACTOR.propose(text.text(), CaseContext.naturalPerson("张三丰", Set.of()));
    int from = text.text().indexOf("第十七条");
    int to = text.text().indexOf("《城市市容和环境卫生管理条例》第三十六条") + 3;
    RedactionProposal manual = p.withManualSpan(from, to);

    assertThat(text.field("violated", manual, Set.of())).doesNotContain("第十七条").endsWith("***");
    assertThat(text.field("basis", manual, Set.of()))
        .startsWith("***")
        .doesNotContain("《城市")
        .contains("第三十六条");
  }

  @Test
  void aProposalOfAnotherTextIsRefused() {
    DecisionText text = DecisionText.of(personDecision());
    RedactionProposal other =
        REDACTOR.propose("另一份决定书", CaseContext.naturalPerson("张三丰", Set.of()));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> text.redacted(other, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTitleAndEveryPartyGoThroughTheSameMasking() {
    Party second =
        new Party(
            Party.PartyType.NATURAL_PERSON, "李小红", "330702198001011234", null, "金华市婺城区新华街12号");
    Party company =
        new Party(
            Party.PartyType.ORGANISATION,
            "金华市高峰运输有限公司",
            "91330703MA2DB1234X",
            "李国平",
            "金华市金东区宗泽路88号");
    DecisionText text =
        DecisionText.of(
            personDecision(),
            "张三丰（身份证11010519491231002X，电话13812345678）占道经营",
            List.of(second, company));
    CaseContext facts =
        CaseContext.naturalPerson("张三丰", Set.of())
            .withPartyPersons(Set.of("李小红"))
            .withOrganisations(Set.of("金华市高峰运输有限公司"))
            .withPublicNames(Set.of("李国平"));
    RedactionProposal p = REDACTOR.propose(text.text(), facts);

    assertThat(text.title(p, Set.of())).isEqualTo("张某某（身份证******************，电话***********）占道经营");
    assertThat(text.partyNames(p, Set.of())).containsExactly("张某某", "李某某", "金华市高峰运输有限公司");
    assertThat(p.apply())
        .contains("当事人：李某某\n身份证号码：******************", "法定代表人：李国平", "住所：金华市金东区宗泽路88号")
        .doesNotContain("李小红", "330702198001011234", "新华街", "13812345678");

    // the 公示版 PDF's input carries every party, each masked as in the public text
    PenaltyDecision redacted = text.redacted(p, Set.of());
    assertThat(redacted.parties())
        .extracting(Party::name)
        .containsExactly("张某某", "李某某", "金华市高峰运输有限公司");
    Party li = redacted.otherParties().get(0);
    assertThat(li.code()).hasSize(18).doesNotContain("19800101");
    assertThat(li.address()).doesNotContain("新华街");
    assertThat(redacted.otherParties().get(1))
        .isEqualTo(
            new Party(
                Party.PartyType.ORGANISATION,
                "金华市高峰运输有限公司",
                "91330703MA2DB1234X",
                "李国平",
                "金华市金东区宗泽路88号"));
  }

  @Test
  void identityAndBankMasksCannotBeLifted() {
    assertThat(SpanCategory.ID_NUMBER.liftable()).isFalse();
    assertThat(SpanCategory.BANK_ACCOUNT.liftable()).isFalse();
    assertThat(SpanCategory.PHONE.liftable()).isTrue();
    assertThat(SpanCategory.PERSON_NAME.liftable()).isTrue();
  }
}
