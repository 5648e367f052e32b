package org.gongshi.archive.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.archive.entity.*;
import org.gongshi.platform.PastEvent;
import org.gongshi.platform.id.PartyKind;

/** What the API and pages accept, with Bean Validation rules and Chinese messages. */
public final class Inputs {
  private Inputs() {}

  public record PartyInput(
      @NotNull(message = "请选择当事人类别：NATURAL_PERSON、ORGANISATION 或 INDIVIDUAL_BUSINESS")
          PartyKind kind,
      @NotBlank(message = "当事人名称不能为空") @Size(max = 200, message = "当事人名称最多200字") String name,
      @Size(max = 18, message = "身份证号应为18位") String idNumber,
      @Size(max = 18, message = "统一社会信用代码应为18位") String uscc,
      @Size(max = 60, message = "法定代表人最多60字") String legalRepresentative,
      @Size(max = 400, message = "地址最多400字") String address,
      boolean minor) {}

  public record PenaltyInput(
      @NotNull(message = "请选择处罚种类（行政处罚法第九条）") PenaltyKind kind,
      @DecimalMin(value = "0", message = "金额不能为负数")
          @Digits(integer = 12, fraction = 2, message = "金额最多12位整数、2位小数（元）")
          BigDecimal amount,
      @Size(max = 400, message = "备注最多400字") String note) {}

  public record CaseInput(
      @NotBlank(message = "案件编号不能为空") @Size(max = 80, message = "案件编号最多80字") String caseNumber,
      @NotBlank(message = "案由不能为空") @Size(max = 200, message = "案由最多200字") String title,
      @NotNull(message = "请选择程序：SIMPLE（简易）或 GENERAL（普通）") Procedure procedure,
      @NotNull(message = "请选择案件来源") CaseSource source,
      @NotBlank(message = "违法事实不能为空") @Size(max = 4000, message = "违法事实最多4000字") String violation,
      @NotBlank(message = "法律依据不能为空") @Size(max = 4000, message = "法律依据最多4000字") String legalBasis,
      @NotEmpty(message = "至少需要一名当事人") List<@Valid @NotNull PartyInput> parties,
      @NotNull(message = "请指定执法人员") List<@NotNull Long> officerIds,
      List<@Valid @NotNull PenaltyInput> penalties,
      Long agencyId,
      @Size(max = 60, message = "权责清单事项编码最多60字") String catalogCode,
      @Size(max = 40, message = "裁量档次最多40字") String discretionLevel,
      @Size(max = 2000, message = "裁量理由最多2000字") String discretionReason) {}

  public record MilestoneInput(
      @NotNull(message = "请选择节点") MilestoneKind kind,
      @NotNull(message = "日期不能为空，格式 YYYY-MM-DD") @PastEvent LocalDate day,
      @Size(max = 80, message = "决定书文号最多80字") String decisionNumber) {}

  /** The day of the violation, or of the end of a continuing violation. */
  public record ViolationDayInput(
      @NotNull(message = "违法行为发生日期不能为空，格式 YYYY-MM-DD") @PastEvent LocalDate day) {}

  public record ExtensionInput(
      @Min(value = 1, message = "延期天数至少1天") @Max(value = 365, message = "延期天数最多365天") int days,
      @NotBlank(message = "请填写批准人") @Size(max = 60, message = "批准人最多60字") String approvedBy,
      @NotBlank(message = "请填写延期理由") @Size(max = 1000, message = "延期理由最多1000字") String reason) {}

  /**
   * A new document; {@code documentDate} is the date it bears (the decision's date, the record's
   * day), optional: without it only the upload day is known.
   */
  public record DocumentInput(
      @NotNull(message = "请选择文书类型") DocumentType type,
      @Size(max = 200, message = "文书标题最多200字") String title,
      @PastEvent LocalDate documentDate) {}

  public record AnnotationInput(
      @NotBlank(message = "批注内容不能为空") @Size(max = 4000, message = "批注最多4000字") String body) {}
}
