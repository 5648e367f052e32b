package org.gongshi.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Seeds a row of published_decision with JDBC, as a publication leaves it (the portal reads only
 * this table), for the portal's tests. Defaults describe an organisation fined 2,000 yuan for
 * occupying a road; a test sets what it asserts. The caller rebuilds the public index afterwards.
 */
final class PublishedRows {
  private final long disclosureId;
  private final long agencyId;
  private final String number;
  private String status = "PUBLISHED";
  private String party = "金华市示例建材有限公司";
  private String category = "ORGANISATION";
  private String uscc;
  private String representative;
  private String violationType = "擅自占用城市道路堆放建筑材料";
  private String facts = "当事人擅自占用城市道路堆放建筑材料。";
  private String penalties = "罚款";
  private BigDecimal confiscatedWan;
  private String publicText;
  private String pdf;
  private LocalDate decidedOn = LocalDate.of(2025, 6, 3);
  private LocalDate repairFrom;
  private LocalDate expiresOn;
  private String notice;

  private PublishedRows(long disclosureId, long agencyId, String number) {
    this.disclosureId = disclosureId;
    this.agencyId = agencyId;
    this.number = number;
  }

  /** A row for a disclosure record of an agency, with its decision number. */
  static PublishedRows decision(long disclosureId, long agencyId, String number) {
    return new PublishedRows(disclosureId, agencyId, number);
  }

  /** PUBLISHED (default), WITHDRAWN or TAKEN_DOWN; the notice and end time come with it. */
  PublishedRows status(String value, String noticeText) {
    status = value;
    notice = noticeText;
    return this;
  }

  /** ORGANISATION (default) or NATURAL_PERSON, with the credit code (or null). */
  PublishedRows party(String name, String kind, String code) {
    party = name;
    category = kind;
    uscc = code;
    return this;
  }

  PublishedRows representative(String name) {
    representative = name;
    return this;
  }

  PublishedRows violation(String type, String text) {
    violationType = type;
    facts = text;
    return this;
  }

  /** "罚款；没收违法所得": 1.5 万元 confiscated when 没收 is among them. */
  PublishedRows penalties(String joined) {
    penalties = joined;
    confiscatedWan = joined.contains("没收") ? new BigDecimal("1.5") : null;
    return this;
  }

  PublishedRows publicText(String text) {
    publicText = text;
    return this;
  }

  /** The SHA-256 of a PDF in the content store. */
  PublishedRows pdf(String sha256) {
    pdf = sha256;
    return this;
  }

  /**
   * Decision date, start of credit repair (or null) and end of publication (or null: a year on).
   */
  PublishedRows dates(LocalDate decided, LocalDate repair, LocalDate expires) {
    decidedOn = decided;
    repairFrom = repair;
    expiresOn = expires;
    return this;
  }

  /** Inserts the row and answers its id. */
  long insert(Connection c) throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String agencyName;
    try (PreparedStatement ps = c.prepareStatement("SELECT name FROM agency WHERE id = ?")) {
      ps.setLong(1, agencyId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        agencyName = rs.getString(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO published_decision (disclosure_id, agency_id, agency_name, agency_uscc,"
                + " decision_number, status, party_name, party_category, party_uscc, legal_representative,"
                + " violation_type, facts, legal_basis, penalty_types, penalty_content, fine_wan, confiscated_wan,"
                + " domain, procedure_kind, public_text, pdf_sha256, decided_on, published_at, repair_from,"
                + " expires_on, notice, ended_at, updated_at, version)"
                + " VALUES (?, ?, ?, '11330703002576812K', ?, ?, ?, ?, ?, ?, ?, ?,"
                + " '《城市市容和环境卫生管理条例》第十七条', ?, '罚款人民币2000元', 0.2, ?, '市容环境卫生', 'GENERAL',"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            new String[] {"id"})) {
      int i = 1;
      ps.setLong(i++, disclosureId);
      ps.setLong(i++, agencyId);
      ps.setString(i++, agencyName);
      ps.setString(i++, number);
      ps.setString(i++, status);
      ps.setString(i++, party);
      ps.setString(i++, category);
      ps.setString(i++, uscc);
      ps.setString(i++, representative);
      ps.setString(i++, violationType);
      ps.setString(i++, facts);
      ps.setString(i++, penalties);
      ps.setBigDecimal(i++, confiscatedWan);
      ps.setString(
          i++,
          publicText != null
              ? publicText
              : "行政处罚决定书\n" + number + "\n" + facts + "\n依法决定：罚款人民币2000元。");
      ps.setString(i++, pdf);
      ps.setObject(i++, decidedOn);
      ps.setObject(i++, now);
      ps.setObject(i++, repairFrom);
      ps.setObject(i++, expiresOn != null ? expiresOn : LocalDate.now().plusYears(1));
      ps.setString(i++, notice);
      ps.setObject(i++, notice == null ? null : now);
      ps.setObject(i++, now);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
