package org.gongshi.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Detection per category of DOMAIN.md §3, each with what must be found and what must stay. */
class RedactorCategoriesTest {

  private static final Redactor REDACTOR = new Redactor(RedactionRules.defaults());
  private static final CaseContext PERSON = CaseContext.naturalPerson("王建国", Set.of());
  private static final CaseContext COMPANY =
      CaseContext.organisation("金华市高峰运输有限公司", Set.of()).withPublicNames(Set.of("李国平"));

  static List<String> masked(String text, CaseContext facts) {
    RedactionProposal p = REDACTOR.propose(text, facts);
    return p.spans().stream().map(p::textOf).toList();
  }

  static List<SpanCategory> categories(String text, CaseContext facts) {
    return REDACTOR.propose(text, facts).spans().stream().map(Span::category).toList();
  }

  static String published(String text, CaseContext facts) {
    return REDACTOR.propose(text, facts).apply();
  }

  @Nested
  class IdentityDocuments {

    @Test
    void eighteen_digits_with_a_valid_or_a_wrong_check_character() {
      String text = "身份证号码：11010519491231002X，另一证件号码110105194912310021。";
      assertThat(masked(text, PERSON)).containsExactly("11010519491231002X", "110105194912310021");
      assertThat(categories(text, PERSON)).containsOnly(SpanCategory.ID_NUMBER);
    }

    @Test
    void the_old_fifteen_digit_number() {
      assertThat(masked("当事人王建国（身份证号330702810304123）", PERSON))
          .containsExactly("王建国", "330702810304123");
    }

    @Test
    void residence_permits_of_hong_kong_macao_and_taiwan_residents() {
      assertThat(masked("港澳台居民居住证号码810000199001011234，", PERSON))
          .containsExactly("810000199001011234");
    }

    @Test
    void travel_permits_and_passports_by_shape_or_label() {
      String text = "往来港澳通行证C12345678，台湾通行证L87654321，护照号码：E12345678，护照EA1234567，回乡证H1234567801。";
      assertThat(masked(text, PERSON))
          .containsExactly("C12345678", "L87654321", "E12345678", "EA1234567", "H1234567801");
    }

    @Test
    void a_military_officers_card_after_its_label() {
      assertThat(masked("军官证号：20191234。", PERSON)).containsExactly("20191234");
    }

    @Test
    void full_width_digits_are_folded_and_masked_in_the_original() {
      String text = "身份证号码：１１０１０５１９４９１２３１００２Ｘ。";
      assertThat(published(text, PERSON)).isEqualTo("身份证号码：******************。");
    }

    @Test
    void invoice_uscc_and_officers_certificates_stay() {
      String text = "发票号码330112345678901234，统一社会信用代码91330703MA2DB1234X，执法人员李国平（执法证号33070012345）。";
      assertThat(masked(text, COMPANY)).isEmpty();
    }
  }

  @Nested
  class Phones {

    @Test
    void mobiles_with_spaces_hyphens_country_code_and_full_width_digits() {
      String text = "电话138 1234 5678，手机139-1234-5678，+86 137 0000 1111，１３６１２３４５６７８。";
      assertThat(masked(text, PERSON))
          .containsExactly("138 1234 5678", "139-1234-5678", "+86 137 0000 1111", "１３６１２３４５６７８");
      assertThat(categories(text, PERSON)).containsOnly(SpanCategory.PHONE);
    }

    @Test
    void landlines_with_and_without_area_code() {
      String text = "电话0579-82345678，（0579）8234 5678，座机82345678，联系电话：8234567。";
      assertThat(masked(text, PERSON))
          .containsExactly("0579-82345678", "（0579）8234 5678", "82345678", "8234567");
    }

    @Test
    void amounts_dates_and_document_serials_stay() {
      String text = "罚款13912元，于20240305检查，金东综执罚决字〔2024〕第1234567号，浙食药监罚〔2023〕1381234号。";
      assertThat(masked(text, PERSON)).isEmpty();
    }
  }

  @Nested
  class BankNumbers {

    @Test
    void cards_and_accounts_with_spaces_but_not_the_branch_name() {
      String text = "开户行：中国农业银行金华金东支行，账号：1960 0101 0400 1234 5；银行卡6222 0212 3456 7890 128。";
      RedactionProposal p = REDACTOR.propose(text, COMPANY);
      assertThat(p.spans())
          .extracting(p::textOf)
          .containsExactly("1960 0101 0400 1234 5", "6222 0212 3456 7890 128");
      assertThat(p.apply()).contains("中国农业银行金华金东支行");
    }
  }

  @Nested
  class Health {

    @Test
    void illness_injury_disability_and_pregnancy_but_not_sick_livestock() {
      String text = "当事人患有糖尿病，其妻怀孕，本人系肢体残疾二级，另致他人左臂骨折。当事人收购病死猪。";
      assertThat(masked(text, CaseContext.naturalPerson("张某", Set.of())))
          .containsExactly("糖尿病", "怀孕", "肢体残疾二级", "左臂骨折");
      assertThat(published(text, CaseContext.naturalPerson("张某", Set.of())))
          .contains("患有***", "收购病死猪");
    }
  }

  @Nested
  class Plates {

    @Test
    void a_natural_persons_plate_keeps_its_first_two_characters() {
      assertThat(published("驾驶浙G·12345号小型轿车，另有苏A88K66。", PERSON))
          .isEqualTo("驾驶浙G·*****号小型轿车，另有苏A*****。");
    }

    @Test
    void an_organisations_vehicle_stays() {
      assertThat(masked("当事人所有的浙G12345号重型货车超限运输。", COMPANY)).isEmpty();
    }
  }

  @Nested
  class HomeAddresses {

    @Test
    void after_every_residence_cue_including_a_bare_zhu() {
      CaseContext p = CaseContext.naturalPerson("张某", Set.of());
      assertThat(published("张某，男，1980年5月生，住浙江省金华市金东区光明路12号。", p)).isEqualTo("张某，男，1980年5月生，住***。");
      assertThat(published("暂住地：金华市婺城区新华街12弄3号，户籍地：安徽省阜阳市颍州区某村", p)).isEqualTo("暂住地：***，户籍地：***");
      assertThat(published("现住金华市金东区多湖街道102室。", p)).isEqualTo("现住***。");
    }

    @Test
    void business_premises_and_an_organisations_domicile_stay() {
      String text = "住所：金华市金东区东孝街道宗泽路88号，经营场所：金华市金东区光明路12号，当事人住所地的居住证明。";
      assertThat(masked(text, COMPANY)).isEmpty();
    }
  }

  @Nested
  class Names {

    @Test
    void every_party_and_operator_from_the_case_data() {
      CaseContext ctx = PERSON.withPartyPersons(Set.of("李小红"));
      assertThat(published("当事人王建国、李小红共同经营。", ctx)).isEqualTo("当事人王某某、李某某共同经营。");
    }

    @Test
    void family_members_drivers_witnesses_and_employees_by_role_word() {
      String text = "当事人妻子刘美华在场，驾驶员孙大勇驾驶车辆，证人周小兰证实，员工吴刚称其不知情。";
      assertThat(published(text, CaseContext.naturalPerson("张某", Set.of())))
          .isEqualTo("当事人妻子刘某某在场，驾驶员孙某某驾驶车辆，证人周某某证实，员工吴某某称其不知情。");
    }

    @Test
    void compound_surnames_and_minority_names() {
      String text = "证人欧阳明月、司马光辉证实，驾驶员阿不都•热合曼称，店员古丽·买买提在场。";
      assertThat(published(text, CaseContext.naturalPerson("张某", Set.of())))
          .isEqualTo("证人欧某某、司某某证实，驾驶员阿某某称，店员古某某在场。");
    }

    @Test
    void the_legal_representative_of_an_organisation_and_officers_stay() {
      String text = "当事人：金华市高峰运输有限公司\n法定代表人：李国平\n执法人员张伟、刘洋。经查，员工陈建明证实。";
      assertThat(published(text, COMPANY.withPublicNames(Set.of("李国平", "张伟", "刘洋"))))
          .isEqualTo("当事人：金华市高峰运输有限公司\n法定代表人：李国平\n执法人员张伟、刘洋。经查，员工陈某某证实。");
    }

    @Test
    void a_name_inside_an_organisation_place_or_word_stays() {
      CaseContext ctx =
          CaseContext.naturalPerson("王府", Set.of("高峰", "宗泽"))
              .withOrganisations(Set.of("金华市高峰运输有限公司", "王府井百货"));
      String text = "当事人王府从金华市高峰运输有限公司、王府井百货购进，在宗泽路经营。";
      assertThat(published(text, ctx)).isEqualTo("当事人王某某从金华市高峰运输有限公司、王府井百货购进，在宗泽路经营。");
    }

    @Test
    void a_mask_never_takes_a_neighbouring_character() {
      CaseContext ctx = CaseContext.naturalPerson("米未", Set.of());
      String text = "当事人米未搭建的钢棚约50平方米未覆盖防尘网。";
      assertThat(published(text, ctx)).isEqualTo("当事人米某某搭建的钢棚约50平方米未覆盖防尘网。");
    }
  }
}
