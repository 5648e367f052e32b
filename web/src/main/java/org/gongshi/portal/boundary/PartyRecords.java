package org.gongshi.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.portal.entity.PublicationStatus;
import org.gongshi.portal.entity.PublishedDecision;

/**
 * An organisation's published decisions across agencies, found by its credit code in the public
 * copy only. Natural persons and individual businesses never have a party page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartyRecords {
  static final int MAX = 500;
  private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

  @PersistenceContext EntityManager em;

  /** A typed credit code in its stored form, if it has the shape of one. */
  public static Optional<String> normalise(String typed) {
    if (typed == null) return Optional.empty();
    String s = typed.strip().toUpperCase(Locale.ROOT);
    return USCC.matcher(s).matches() ? Optional.of(s) : Optional.empty();
  }

  /** Published decisions of the organisation, newest publication first. */
  public List<PublishedDecision> published(String uscc) {
    return em.createQuery(
            "SELECT p FROM PublishedDecision p WHERE p.partyUscc = :u AND p.status = :s"
                + " AND p.partyCategory = :c ORDER BY p.publishedAt DESC, p.id DESC",
            PublishedDecision.class)
        .setParameter("u", uscc)
        .setParameter("s", PublicationStatus.PUBLISHED)
        .setParameter("c", PartyKind.ORGANISATION)
        .setMaxResults(MAX)
        .getResultList();
  }

  /** Credit codes with a party page (for the sitemap). */
  public List<String> publishedCodes() {
    return em
        .createQuery(
            "SELECT DISTINCT p.partyUscc FROM PublishedDecision p WHERE p.status = :s"
                + " AND p.partyCategory = :c AND p.partyUscc IS NOT NULL ORDER BY p.partyUscc",
            String.class)
        .setParameter("s", PublicationStatus.PUBLISHED)
        .setParameter("c", PartyKind.ORGANISATION)
        .setMaxResults(4_000)
        .getResultList()
        .stream()
        .filter(c -> normalise(c).isPresent())
        .toList();
  }

  /** Where credit repair stands for a published decision on the day, in words. */
  public static String repairState(PublishedDecision d, LocalDate today) {
    if (d.getRepairFrom() == null) return "公示期满后自动撤下";
    if (today.isBefore(d.getRepairFrom()))
      return "最短公示期至 " + d.getRepairFrom().minusDays(1) + "，届满后可申请信用修复";
    return "已满最短公示期，可申请信用修复（修复后提前撤下）";
  }

  /** Whether a repair may be applied for now. */
  public static boolean repairable(PublishedDecision d, LocalDate today) {
    return d.getRepairFrom() != null && !today.isBefore(d.getRepairFrom());
  }
}
