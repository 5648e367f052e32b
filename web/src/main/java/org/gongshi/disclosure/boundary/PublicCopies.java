package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongshi.archive.boundary.CasePdfs;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.Party;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.catalog.boundary.Catalogs;
import org.gongshi.disclosure.control.DecisionText;
import org.gongshi.disclosure.control.PublicCopy;
import org.gongshi.disclosure.control.PublicationPeriod;
import org.gongshi.disclosure.control.RedactionProposal;
import org.gongshi.disclosure.control.StoredSpans;
import org.gongshi.disclosure.control.StoredSpans.StoredSpan;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.disclosure.entity.DisclosureStatus;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.portal.entity.PublicationChanged;
import org.gongshi.portal.entity.PublicationStatus;
import org.gongshi.portal.entity.PublishedDecision;
import org.gongshi.reports.DecisionVariant;
import org.gongshi.reports.ReportRenderer;
import org.gongshi.reports.model.PenaltyDecision;

/**
 * The public copy of a decision: written from the approved text and the case (fields, 公示版 PDF),
 * replaced by a correction, ended by a withdrawal, take-down or expiry. Runs inside the caller's
 * transaction; every change is audited and tells the public index after commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PublicCopies {
  private static final ReportRenderer RENDERER = new ReportRenderer();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject ContentStore contentStore;
  @Inject Catalogs catalogs;
  @Inject Event<PublicationChanged> changes;

  /** The public copy of the record, if it was ever published. */
  Optional<PublishedDecision> find(DisclosureRecord r) {
    return em.createNamedQuery(PublishedDecision.BY_DISCLOSURE, PublishedDecision.class)
        .setParameter("disclosureId", r.getId())
        .getResultStream()
        .findFirst();
  }

  /**
   * Publishes exactly the approved text, or replaces the published one (a correction: the old text
   * stays in the audit trail); writes the 公示版 PDF and tells the public index.
   */
  void publish(DisclosureRecord r, String actor) {
    boolean correction = r.getStatus() == DisclosureStatus.PUBLISHED;
    if (r.getStatus() != DisclosureStatus.PENDING && !correction) {
      throw DomainException.conflict(
          "status",
          "该决定"
              + r.getStatus().label
              + (r.getNotPublishedReason() != null ? "（" + r.getNotPublishedReason() + "）" : "")
              + "，不能公示");
    }
    if (r.getApprovedText() == null)
      throw DomainException.conflict("approved", "公示文本尚未批准：请先核对遮盖并批准");
    EnforcementCase c = em.find(EnforcementCase.class, r.getCaseId());
    PenaltyDecision decision = CasePdfs.penaltyDecision(c);
    DecisionText text = PublicCopy.decisionText(c, decision);
    if (!text.text().equals(r.getProposalText())) {
      r.propose(null, null, null);
      throw DomainException.conflict("proposal", "处罚决定内容在批准后有变化，请重新核对遮盖并批准");
    }
    List<StoredSpan> stored = StoredSpans.parse(r.getProposalSpans());
    RedactionProposal proposal = StoredSpans.proposal(r.getProposalText(), stored);
    Set<Integer> unmasked = StoredSpans.unmasked(stored);
    String publicText = proposal.apply(unmasked);
    if (!publicText.equals(r.getApprovedText()))
      throw DomainException.conflict("approved", "公示文本与批准的文本不一致，请重新批准");

    PublicationPeriod.Severity severity = PublicCopy.severity(c);
    String domain = domainOf(c, r.getDecidedOn());
    PublicationPeriod period =
        PublicationPeriod.of(r.getDecidedOn(), severity, PublicationPeriod.isSafetyDomain(domain));
    LocalDate today = LocalDate.now(clock);
    if (!period.expiresOn().isAfter(today)) {
      throw DomainException.conflict(
          "expiresOn",
          "公示期已于 " + period.expiresOn().minusDays(1) + " 届满（" + period.rule() + "），不再公示");
    }
    PenaltyDecision redacted = text.redacted(proposal, unmasked);
    String pdfSha = storePdf(RENDERER.penaltyDecisionPdf(redacted, DecisionVariant.PUBLIC));

    Instant now = Instant.now(clock);
    PublishedDecision p = find(r).orElse(null);
    String oldText = p == null ? null : p.getPublicText();
    if (p == null) {
      p =
          new PublishedDecision(
              r.getId(),
              c.getAgency().getId(),
              c.getAgency().getName(),
              c.getAgency().getUscc(),
              c.getDecisionNumber(),
              r.getDecidedOn(),
              now);
    }
    Party party = c.getParties().get(0);
    p.content(
        String.join("、", text.partyNames(proposal, unmasked)),
        party.getKind(),
        party.getKind() == PartyKind.NATURAL_PERSON ? null : party.getUscc(),
        party.getKind() == PartyKind.NATURAL_PERSON ? null : redacted.party().legalRepresentative(),
        violationType(c, r.getDecidedOn(), text.title(proposal, unmasked)),
        redacted.facts(),
        redacted.penaltyBasis(),
        PublicCopy.penaltyTypes(c),
        String.join("；", redacted.penalties()),
        PublicCopy.wan(c, EnumSet.of(PenaltyKind.FINE)),
        PublicCopy.wan(
            c, EnumSet.of(PenaltyKind.CONFISCATE_GAINS, PenaltyKind.CONFISCATE_PROPERTY)),
        PublicCopy.licence(c),
        domain,
        c.getProcedure().label,
        publicText);
    p.period(period.repairFrom(), period.expiresOn().minusDays(1)); // the last public day
    p.item(c.getCatalogCode());
    p.pdf(pdfSha);
    if (p.getId() == null) em.persist(p);
    r.published(actor, correction ? r.getPublishedAt() : now, severity.name());
    em.flush();
    changes.fire(new PublicationChanged(p.getId()));
    audit.append(
        actor,
        correction ? "DISCLOSURE_CORRECTED" : "DISCLOSURE_PUBLISHED",
        "DisclosureRecord",
        r.getId(),
        r.getCaseId(),
        (correction ? "更正公示内容；原公示文本：" + clip(oldText) : "公示 " + c.getDecisionNumber())
            + "；文本 SHA-256 "
            + sha256(publicText)
            + "；公示版 PDF "
            + pdfSha
            + "；公示期至 "
            + period.expiresOn().minusDays(1)
            + "（"
            + period.rule()
            + "）");
  }

  /** Ends a publication (withdrawn, taken down, expired) with its public notice. */
  void end(
      DisclosureRecord r,
      DisclosureStatus to,
      PublicationStatus publicTo,
      String notice,
      String actor,
      String action) {
    PublishedDecision p = published(r);
    String oldText = p.getPublicText();
    Instant now = Instant.now(clock);
    p.end(publicTo, notice, now);
    r.ended(to, now);
    changes.fire(new PublicationChanged(p.getId()));
    audit.append(
        actor,
        action,
        "DisclosureRecord",
        r.getId(),
        r.getCaseId(),
        notice + "；原公示文本：" + clip(oldText));
  }

  /** Puts a masked 违法行为类型 in place of one that showed personal data; audited, re-indexed. */
  void correctViolationType(DisclosureRecord r, PublishedDecision p, String masked) {
    p.correctViolationType(masked, Instant.now());
    changes.fire(new PublicationChanged(p.getId()));
    audit.append(
        "system",
        "DISCLOSURE_CORRECTED",
        "DisclosureRecord",
        r.getId(),
        r.getCaseId(),
        "违法行为类型由案由原文改为遮盖后的“" + masked + "”");
  }

  /** The public copy of a published (or once published) decision. */
  PublishedDecision published(DisclosureRecord r) {
    return find(r).orElseThrow(() -> DomainException.conflict("status", "该决定没有公示信息"));
  }

  private String domainOf(EnforcementCase c, LocalDate on) {
    if (c.getCatalogCode() == null) return null;
    return catalogs
        .item(c.getAgency().getId(), c.getCatalogCode(), on)
        .map(v -> v.data().domain())
        .orElse(null);
  }

  /** 违法行为类型: the power-list item's name, else the title as masked; never the raw title. */
  String violationType(EnforcementCase c, LocalDate on, String maskedTitle) {
    if (c.getCatalogCode() != null) {
      var item = catalogs.item(c.getAgency().getId(), c.getCatalogCode(), on);
      if (item.isPresent()) return item.get().data().name();
    }
    return maskedTitle;
  }

  private String storePdf(byte[] pdf) {
    try (ContentStore.Staged staged =
        contentStore.stage(new ByteArrayInputStream(pdf), Long.MAX_VALUE)) {
      contentStore.admit(staged);
      return staged.sha256();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ContentStore.TooLargeException e) {
      throw new IllegalStateException(e);
    }
  }

  static String clip(String s) {
    if (s == null) return "（无）";
    return s.length() <= 5000 ? s : s.substring(0, 5000) + "…（全文 SHA-256 " + sha256(s) + "）";
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
