package org.gongshi.portal.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.portal.entity.PublishedDecision;

/** JSON shapes of the open-data API: public columns only, never an internal id. */
public final class PublicViews {
  private PublicViews() {}

  /**
   * A published decision (or, when withdrawn or taken down, only its number, agency, dates and
   * notice).
   */
  public record Decision(
      long id,
      String url,
      String status,
      String statusLabel,
      String decisionNumber,
      long agencyId,
      String agencyName,
      String agencyUscc,
      String partyName,
      String partyCategory,
      String partyUscc,
      String legalRepresentative,
      String violationType,
      String facts,
      String legalBasis,
      List<String> penaltyTypes,
      String penaltyContent,
      BigDecimal fineWan,
      BigDecimal confiscatedWan,
      String licence,
      String domain,
      LocalDate decidedOn,
      Instant publishedAt,
      LocalDate expiresOn,
      String pdfUrl,
      String snippet,
      String publicText,
      String notice,
      Instant endedAt) {

    static Decision of(
        PublishedDecision d, String root, String snippet, boolean withText, boolean hasPdf) {
      String url = root + "portal/decisions/" + d.getId();
      if (!d.isPublic()) {
        return new Decision(
            d.getId(),
            url,
            d.getStatus().name(),
            d.getStatus().label,
            d.getDecisionNumber(),
            d.getAgencyId(),
            d.getAgencyName(),
            d.getAgencyUscc(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            d.getDecidedOn(),
            d.getPublishedAt(),
            null,
            null,
            null,
            null,
            d.getNotice(),
            d.getEndedAt());
      }
      boolean person = d.getPartyCategory() == PartyKind.NATURAL_PERSON;
      return new Decision(
          d.getId(),
          url,
          d.getStatus().name(),
          d.getStatus().label,
          d.getDecisionNumber(),
          d.getAgencyId(),
          d.getAgencyName(),
          d.getAgencyUscc(),
          d.getPartyName(),
          d.getPartyCategory() == null ? null : d.getPartyCategory().label,
          person ? null : d.getPartyUscc(),
          person ? null : d.getLegalRepresentative(),
          d.getViolationType(),
          d.getFacts(),
          d.getLegalBasis(),
          PublicIndex.penaltyTypes(d.getPenaltyTypes()),
          d.getPenaltyContent(),
          d.getFineWan(),
          d.getConfiscatedWan(),
          d.getLicence(),
          d.getDomain(),
          d.getDecidedOn(),
          d.getPublishedAt(),
          d.getExpiresOn(),
          hasPdf ? root + "api/public/decisions/" + d.getId() + ".pdf" : null,
          snippet,
          withText ? d.getPublicText() : null,
          null,
          null);
    }
  }

  /** One page of the open data. */
  public record DecisionPage(
      long total,
      boolean approximate,
      int page,
      int size,
      int pages,
      String nextCursor,
      Map<String, String> links,
      Map<String, List<PublicDecisions.Facet>> facets,
      List<Decision> items) {}

  /** The answer of a rebuild. */
  public record Rebuild(long items, long decisions, long millis) {}
}
