package org.gongshi.archive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongshi.archive.entity.Party;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.id.PartyKind;
import org.junit.jupiter.api.Test;

class PartyRulesTest {
  private static final String VALID_ID = "11010519491231002X";
  private static final String VALID_USCC = "91110000802100433B";

  @Test
  void a_natural_person_needs_a_valid_id_number_and_no_credit_code() {
    Party p =
        PartyRules.party(
            "parties[0].",
            PartyKind.NATURAL_PERSON,
            " 张三 ",
            "11010519491231002x",
            " ",
            null,
            "",
            false);
    assertThat(p.getName()).isEqualTo("张三");
    assertThat(p.getIdNumber()).isEqualTo(VALID_ID);
    assertThat(p.getUscc()).isNull();
    assertThat(p.getAddress()).isNull();

    assertThatThrownBy(
            () ->
                PartyRules.party(
                    "parties[1].", PartyKind.NATURAL_PERSON, "李四", null, null, null, null, false))
        .isInstanceOf(DomainException.class)
        .extracting("field")
        .isEqualTo("parties[1].idNumber");
    assertThatThrownBy(
            () ->
                PartyRules.party(
                    "parties[0].",
                    PartyKind.NATURAL_PERSON,
                    "李四",
                    "110105194912310021",
                    null,
                    null,
                    null,
                    false))
        .extracting("field")
        .isEqualTo("parties[0].idNumber");
    assertThatThrownBy(
            () ->
                PartyRules.party(
                    "parties[0].",
                    PartyKind.NATURAL_PERSON,
                    "李四",
                    VALID_ID,
                    VALID_USCC,
                    null,
                    null,
                    false))
        .extracting("field")
        .isEqualTo("parties[0].uscc");
  }

  @Test
  void an_organisation_needs_a_valid_credit_code_and_no_id_number() {
    Party p =
        PartyRules.party(
            "parties[0].",
            PartyKind.ORGANISATION,
            "金华鑫源商贸有限公司",
            null,
            VALID_USCC,
            "王五",
            null,
            false);
    assertThat(p.getUscc()).isEqualTo(VALID_USCC);
    assertThat(p.getLegalRepresentative()).isEqualTo("王五");

    assertThatThrownBy(
            () ->
                PartyRules.party(
                    "parties[0].", PartyKind.ORGANISATION, "某公司", null, null, null, null, false))
        .extracting("field")
        .isEqualTo("parties[0].uscc");
    assertThatThrownBy(
            () ->
                PartyRules.party(
                    "parties[0].",
                    PartyKind.ORGANISATION,
                    "某公司",
                    VALID_ID,
                    VALID_USCC,
                    null,
                    null,
                    false))
        .extracting("field")
        .isEqualTo("parties[0].idNumber");
  }

  @Test
  void an_individual_business_may_have_either_but_each_must_be_valid() {
    assertThat(
            PartyRules.party(
                    "parties[0].",
                    PartyKind.INDIVIDUAL_BUSINESS,
                    "金东区老王小吃店",
                    null,
                    null,
                    null,
                    null,
                    false)
                .getName())
        .isEqualTo("金东区老王小吃店");
    assertThatThrownBy(
            () ->
                PartyRules.party(
                    "parties[0].",
                    PartyKind.INDIVIDUAL_BUSINESS,
                    "金东区老王小吃店",
                    null,
                    "91110000802100433C",
                    null,
                    null,
                    false))
        .extracting("field")
        .isEqualTo("parties[0].uscc");
  }
}
