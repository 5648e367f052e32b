package org.gongshi.reports.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 行政处罚决定书: every item of Art. 59 of the Administrative Penalty Law.
 *
 * @param decisionNumber 文号, e.g. 金东综执罚决字〔2024〕第123号
 * @param agencyName 处罚机关 (printed as heading and signature)
 * @param procedure general or simple (当场) procedure; decides the remedy clause
 * @param party 当事人
 * @param facts 违法事实
 * @param evidence 证据, one item per entry, in order
 * @param violatedProvisions the provisions violated (…第X条), printed as 违反了…的规定
 * @param penaltyBasis legal basis of the penalty (依据…的规定)
 * @param discretionReasons reasons for the chosen amount (裁量理由), or null
 * @param penalties penalty items (e.g. 警告; 罚款人民币伍万元整), at least one
 * @param fineAmount total fine in yuan, or null when there is no fine
 * @param payment where to pay, or null when there is no fine
 * @param paymentDays days to pay from receipt (Art. 67: 15)
 * @param reconsiderationBody 复议机关, e.g. 金华市金东区人民政府
 * @param court 人民法院 for litigation, e.g. 金华市婺城区人民法院
 * @param decisionDate decision date
 * @param otherParties the further parties of a decision against several, in order (each printed
 *     like {@code party}; empty for one party)
 */
public record PenaltyDecision(
    String decisionNumber,
    String agencyName,
    Procedure procedure,
    Party party,
    String facts,
    List<String> evidence,
    String violatedProvisions,
    String penaltyBasis,
    String discretionReasons,
    List<String> penalties,
    BigDecimal fineAmount,
    PaymentInstructions payment,
    int paymentDays,
    String reconsiderationBody,
    String court,
    LocalDate decisionDate,
    List<Party> otherParties) {

  /** Validates the required parts; copies lists. */
  public PenaltyDecision {
    Objects.requireNonNull(decisionNumber, "decisionNumber");
    Objects.requireNonNull(agencyName, "agencyName");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(penaltyBasis, "penaltyBasis");
    Objects.requireNonNull(reconsiderationBody, "reconsiderationBody");
    Objects.requireNonNull(decisionDate, "decisionDate");
    evidence = List.copyOf(evidence == null ? List.of() : evidence);
    penalties = List.copyOf(Objects.requireNonNull(penalties, "penalties"));
    otherParties = List.copyOf(otherParties == null ? List.of() : otherParties);
    if (penalties.isEmpty()) {
      throw new IllegalArgumentException("a decision needs at least one penalty");
    }
    if (paymentDays <= 0) {
      paymentDays = 15;
    }
  }

  /**
   * A decision against one party.
   *
   * @param decisionNumber 文号
   * @param agencyName 处罚机关
   * @param procedure general or simple procedure
   * @param party 当事人
   * @param facts 违法事实
   * @param evidence 证据
   * @param violatedProvisions the provisions violated, or null
   * @param penaltyBasis legal basis of the penalty
   * @param discretionReasons 裁量理由, or null
   * @param penalties penalty items
   * @param fineAmount total fine in yuan, or null
   * @param payment where to pay, or null
   * @param paymentDays days to pay
   * @param reconsiderationBody 复议机关
   * @param court 人民法院, or null
   * @param decisionDate decision date
   */
  public PenaltyDecision(
      String decisionNumber,
      String agencyName,
      Procedure procedure,
      Party party,
      String facts,
      List<String> evidence,
      String violatedProvisions,
      String penaltyBasis,
      String discretionReasons,
      List<String> penalties,
      BigDecimal fineAmount,
      PaymentInstructions payment,
      int paymentDays,
      String reconsiderationBody,
      String court,
      LocalDate decisionDate) {
    this(
        decisionNumber,
        agencyName,
        procedure,
        party,
        facts,
        evidence,
        violatedProvisions,
        penaltyBasis,
        discretionReasons,
        penalties,
        fineAmount,
        payment,
        paymentDays,
        reconsiderationBody,
        court,
        decisionDate,
        List.of());
  }

  /**
   * Every party of the decision: {@code party}, then {@code otherParties}.
   *
   * @return the parties in order
   */
  public List<Party> parties() {
    List<Party> all = new java.util.ArrayList<>();
    all.add(party);
    all.addAll(otherParties);
    return List.copyOf(all);
  }

  /** Procedure of the case. */
  public enum Procedure {
    /** 一般程序. */
    GENERAL,
    /** 简易程序 (当场处罚, Art. 51): reconsideration before litigation. */
    SIMPLE
  }

  /**
   * Where the fine is paid (罚缴分离).
   *
   * @param bankName bank, e.g. 中国农业银行金华金东支行
   * @param accountName account name
   * @param account account number
   */
  public record PaymentInstructions(String bankName, String accountName, String account) {}
}
