package org.gongshi.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static final Redactor REDACTOR = new Redactor(RedactionRules.defaults());

  @Test
  void masks_a_natural_persons_identifiers_and_keeps_the_public_record() {
    String text =
        "金东综执罚决字〔2024〕第123号\n当事人：王建国，身份证号码：11010519491231002X，住址：浙江省金华市金东区多湖街道光明路12号，"
            + "联系电话：13812345678。当事人王建国向浙江华瑞贸易有限公司（统一社会信用代码：91110000802100433B）采购，"
            + "发票号码为330112345678901234。依据《中华人民共和国食品安全法》第一百二十四条，罚款人民币5000元。";
    CaseContext facts =
        CaseContext.naturalPerson("王建国", Set.of()).withOrganisations(Set.of("浙江华瑞贸易有限公司"));

    String published = REDACTOR.propose(text, facts).apply();

    assertThat(published)
        .contains("当事人：王某某", "当事人王某某", "******************", "***********", "住址：***，")
        .contains("金东综执罚决字〔2024〕第123号", "浙江华瑞贸易有限公司", "91110000802100433B")
        .contains("330112345678901234", "《中华人民共和国食品安全法》第一百二十四条", "5000元")
        .doesNotContain("王建国", "11010519491231002X", "13812345678", "光明路");
  }

  @Test
  void an_18_digit_number_is_masked_only_when_it_is_a_valid_id_number() {
    String text = "订单号：440524188001010015，身份证号：440524188001010014，号码440524188001010014。";
    RedactionProposal p = REDACTOR.propose(text, CaseContext.naturalPerson("李四", Set.of()));
    assertThat(p.spans())
        .extracting(p::textOf)
        .containsExactly("440524188001010014", "440524188001010014");
    assertThat(p.spans()).extracting(Span::category).containsOnly(SpanCategory.ID_NUMBER);
  }

  @Test
  void an_invoice_number_that_happens_to_be_a_valid_id_is_kept() {
    String text = "发票号码：440524188001010014。";
    assertThat(REDACTOR.propose(text, CaseContext.naturalPerson("李四", Set.of())).spans()).isEmpty();
  }

  @Test
  void phones_in_their_usual_forms() {
    String text = "手机13912345678，电话0579-82345678，座机（0579）82345678，金额13912元，编号20240305。";
    RedactionProposal p = REDACTOR.propose(text, CaseContext.naturalPerson("李四", Set.of()));
    assertThat(p.spans())
        .extracting(p::textOf)
        .containsExactly("13912345678", "0579-82345678", "（0579）82345678");
  }

  @Test
  void bank_numbers_by_keyword_or_luhn() {
    String text =
        "卡号：6222021234567890128；账户（开户行：中国农业银行金东支行，账号：19600101040012345）；"
            + "通过6217001234567890122转账；订单号6217001234567890122；交易6217001234567890124。";
    RedactionProposal p = REDACTOR.propose(text, CaseContext.naturalPerson("李四", Set.of()));
    assertThat(p.spans())
        .extracting(p::textOf)
        .containsExactly("6222021234567890128", "19600101040012345", "6217001234567890122");
    assertThat(p.spans()).extracting(Span::category).containsOnly(SpanCategory.BANK_ACCOUNT);
  }

  @Test
  void an_organisations_registered_domicile_stays_but_its_representatives_home_does_not() {
    String text =
        "当事人：金华市恒通贸易有限公司\n住所：金华市金东区东孝街道宗泽路88号\n"
            + "法定代表人：欧阳娜娜，住址：金华市婺城区新华街12弄3幢101室，联系电话：13512345678";
    // the legal representative of an organisation is public (双公示), their home is not
    CaseContext facts =
        CaseContext.organisation("金华市恒通贸易有限公司", Set.of()).withPublicNames(Set.of("欧阳娜娜"));

    assertThat(REDACTOR.propose(text, facts).apply())
        .contains("住所：金华市金东区东孝街道宗泽路88号", "法定代表人：欧阳娜娜，住址：***，")
        .doesNotContain("新华街");
    // the same 住所 of a natural person is a home address
    assertThat(REDACTOR.propose(text, CaseContext.naturalPerson("欧阳娜娜", Set.of())).apply())
        .contains("住所：***\n");
  }

  @Test
  void names_the_case_does_not_list_are_found_and_masked_everywhere() {
    String text = "证人李秀英、赵志刚证实当事人多次经营。以上事实有证人李秀英的证言证实。执法人员张伟、刘洋在场。";
    CaseContext facts =
        CaseContext.naturalPerson("王建国", Set.of()).withPublicNames(Set.of("张伟", "刘洋"));

    String published = REDACTOR.propose(text, facts).apply();

    assertThat(published).isEqualTo("证人李某某、赵某某证实当事人多次经营。以上事实有证人李某某的证言证实。执法人员张伟、刘洋在场。");
  }

  @Test
  void common_words_and_place_names_are_not_taken_for_names() {
    String text = "当事人在宗泽路占道经营，应自收到本决定书之日起十五日内缴纳，涉案金额高达三万元，于黎明时分被查获。";
    assertThat(REDACTOR.propose(text, CaseContext.organisation("某公司", Set.of())).spans()).isEmpty();
  }

  @Test
  void name_styles_are_a_local_rule() {
    String text = "当事人欧阳娜娜，证人张三丰。";
    CaseContext facts = CaseContext.naturalPerson("欧阳娜娜", Set.of("张三丰"));
    RedactionRules rules = RedactionRules.defaults().withNameRecognition(false);

    assertThat(new Redactor(rules).propose(text, facts).apply()).isEqualTo("当事人欧某某，证人张某某。");
    assertThat(
            new Redactor(rules.withPartyNameStyle(NameStyle.SURNAME)).propose(text, facts).apply())
        .isEqualTo("当事人欧阳某某，证人张某某。");
    assertThat(new Redactor(rules.withPersonNameStyle(NameStyle.FULL)).propose(text, facts).apply())
        .isEqualTo("当事人欧某某，证人某某。");
    assertThat(
            new Redactor(rules.withPartyNameStyle(NameStyle.FIRST_CHAR_SHORT))
                .propose(text, facts)
                .apply())
        .isEqualTo("当事人欧某，证人张某某。");
  }

  @Test
  void an_officer_can_unmask_a_span_or_add_one() {
    String text = "当事人王建国，电话13812345678，在光明路经营。";
    RedactionProposal proposal = REDACTOR.propose(text, CaseContext.naturalPerson("王建国", Set.of()));
    Span phone =
        proposal.spans().stream()
            .filter(s -> s.category() == SpanCategory.PHONE)
            .findFirst()
            .orElseThrow();

    assertThat(proposal.apply(Set.of(phone.id()))).isEqualTo("当事人王某某，电话13812345678，在光明路经营。");

    int at = text.indexOf("光明路");
    RedactionProposal edited = proposal.withManualSpan(at, at + 3);
    assertThat(edited.apply()).isEqualTo("当事人王某某，电话***********，在***经营。");
    assertThat(edited.spans()).extracting(Span::category).contains(SpanCategory.MANUAL);
    assertThat(edited.span(2)).get().extracting(Span::start).isEqualTo(at);
    assertThat(proposal.spans()).hasSize(2); // the original is unchanged
  }

  @Test
  void a_manual_span_absorbs_the_proposed_spans_it_touches() {
    String text = "当事人王建国，电话13812345678。";
    RedactionProposal edited =
        REDACTOR
            .propose(text, CaseContext.naturalPerson("王建国", Set.of()))
            .withManualSpan(text.indexOf("，"), text.indexOf("电话") + 4);

    assertThat(edited.spans()).hasSize(2);
    assertThat(edited.apply()).isEqualTo("当事人王某某***。");
    assertThatThrownBy(() -> edited.withManualSpan(5, 500))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_agencys_local_terms_keep_a_shop_name_and_always_mask_a_nickname() {
    String text = "当事人王建国在东关路张小泉剪刀店门前占道经营，其同伙绰号“铁拐”在旁望风。";
    CaseContext facts = CaseContext.naturalPerson("王建国", Set.of());
    assertThat(REDACTOR.propose(text, facts).apply())
        .as("without local terms")
        .doesNotContain("张小泉剪刀店")
        .contains("铁拐");

    RedactionProposal p =
        REDACTOR.propose(text, facts.withLocalTerms(Set.of("张小泉剪刀店"), Set.of("铁拐")));
    assertThat(p.apply()).isEqualTo("当事人王某某在东关路张小泉剪刀店门前占道经营，其同伙绰号“***”在旁望风。");
    assertThat(p.spans()).extracting(Span::category).contains(SpanCategory.LOCAL_TERM);
  }

  @Test
  void a_local_keep_term_never_lifts_a_partys_name() {
    String text = "当事人王建国在王建国烧烤店门前占道经营。";
    CaseContext facts =
        CaseContext.naturalPerson("王建国", Set.of()).withLocalTerms(Set.of("建国"), Set.of());
    assertThat(REDACTOR.propose(text, facts).apply()).doesNotContain("王建国");
  }

  @Test
  void a_title_of_a_case_without_a_recorded_party_has_its_leading_name_masked() {
    // imported decisions carry no party; the name model misses 张三 in so short a text
    CaseContext none =
        new CaseContext(
            org.gongshi.platform.id.PartyKind.NATURAL_PERSON,
            "",
            Set.of(),
            Set.of("金华市金东区综合行政执法局"),
            Set.of("陈执法"));
    Redactor redactor = new Redactor(RedactionRules.defaults(), new HanLpNameRecogniser());

    assertThat(redactor.proposeTitle("张三无证经营案", none).apply()).isEqualTo("张某某无证经营案");
    assertThat(redactor.proposeTitle("关于张三无证经营一案", none).apply()).isEqualTo("关于张某某无证经营一案");
    assertThat(redactor.proposeTitle("陈美兰未经批准设置户外广告案", none).apply()).isEqualTo("陈某某未经批准设置户外广告案");
    assertThat(redactor.proposeTitle("欧阳娜娜违法建设案", none).apply()).isEqualTo("欧某某违法建设案");
    assertThat(redactor.proposeTitle("李四未按规定倾倒建筑垃圾案", none).apply())
        .as("the mask takes the name and never the 未 after it")
        .isEqualTo("李某某未按规定倾倒建筑垃圾案");
    assertThat(redactor.proposeTitle("王建国擅自占用城市道路案", none).apply()).isEqualTo("王某某擅自占用城市道路案");
    // titles that name an organisation or a place keep it
    assertThat(redactor.proposeTitle("金华市高峰运输有限公司超限运输案", none).apply())
        .isEqualTo("金华市高峰运输有限公司超限运输案");
    assertThat(redactor.proposeTitle("金东区占道经营案", none).apply()).isEqualTo("金东区占道经营案");
    assertThat(redactor.proposeTitle("某某餐饮店油烟扰民案", none).apply()).isEqualTo("某某餐饮店油烟扰民案");
  }

  @Test
  void a_recognised_name_never_takes_the_negation_after_it() {
    Redactor redactor = new Redactor(RedactionRules.defaults(), new HanLpNameRecogniser());
    String text = "经查，王五在金东区经营小吃店，李四未按规定倾倒建筑垃圾。";
    String published = redactor.propose(text, CaseContext.naturalPerson("王五", Set.of())).apply();
    assertThat(published).contains("未按规定倾倒建筑垃圾").doesNotContain("李四", "王五");
  }
}
