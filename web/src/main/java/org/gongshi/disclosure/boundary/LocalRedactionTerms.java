package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongshi.disclosure.entity.RedactionTerm;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/**
 * An agency's local redaction rules: terms kept (a local place or shop name that looks like a
 * person's name) and terms always masked. Its own disclosure officers and administrators keep the
 * lists; the redactor honours them in the agency's proposals drafted from then on.
 */
@ApplicationScoped
@Transactional
public class LocalRedactionTerms {
  static final int MAX_TERMS = 200;

  /** Who changes the lists (of an agency they may read: their own, or any for admin). */
  private static final Role[] CHANGERS = {Role.DISCLOSURE_OFFICER, Role.ADMIN};

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject AgencySettings agencies;

  /** The two lists, each in the order entered. */
  public record Terms(long agencyId, List<String> keep, List<String> mask) {}

  /** Lists read (GET) or written whole (PUT). */
  public record TermsInput(List<String> keep, List<String> mask) {}

  public Terms get(long agencyId) {
    currentUser.require(Role.DISCLOSURE_OFFICER, Role.ADMIN, Role.LEGAL_OFFICE);
    return of(agencies.agency(agencyId).getId());
  }

  /** Whether the caller may change this agency's lists (for a page: controls or read-only). */
  public boolean mayChange(long agencyId) {
    return currentUser.user().map(u -> AgencySettings.hasAny(u, CHANGERS)).orElse(false)
        && currentUser.mayRead(agencyId);
  }

  /** Replaces both lists (audited with what was added and removed). */
  public Terms replace(long agencyId, TermsInput in) {
    AppUser u = currentUser.require(CHANGERS);
    Agency a = agencies.agency(agencyId); // another agency's officer: 404
    Set<String> keep = clean("keep", in == null ? null : in.keep());
    Set<String> mask = clean("mask", in == null ? null : in.mask());
    List<String> both = new ArrayList<>(keep);
    both.retainAll(mask);
    if (!both.isEmpty())
      throw DomainException.invalid("mask", "“" + both.get(0) + "”不能既保留又遮盖，请只放在一个列表中");
    Terms before = of(a.getId());
    em.createQuery("DELETE FROM RedactionTerm t WHERE t.agencyId = :a")
        .setParameter("a", a.getId())
        .executeUpdate();
    Instant now = Instant.now();
    keep.forEach(
        t ->
            em.persist(
                new RedactionTerm(a.getId(), t, RedactionTerm.Kind.KEEP, u.getUsername(), now)));
    mask.forEach(
        t ->
            em.persist(
                new RedactionTerm(a.getId(), t, RedactionTerm.Kind.MASK, u.getUsername(), now)));
    em.flush();
    audit.append(
        u.getUsername(),
        "REDACTION_TERMS_CHANGED",
        "Agency",
        a.getId(),
        null,
        a.getName()
            + " 本机关遮盖规则：保留词 "
            + change(before.keep(), keep)
            + "；遮盖词 "
            + change(before.mask(), mask));
    return of(a.getId());
  }

  /** The agency's terms for the redactor (no permission check: the caller already has one). */
  Terms of(long agencyId) {
    List<String> keep = new ArrayList<>();
    List<String> mask = new ArrayList<>();
    em.createNamedQuery(RedactionTerm.BY_AGENCY, RedactionTerm.class)
        .setParameter("agencyId", agencyId)
        .getResultStream()
        .forEach(t -> (t.getKind() == RedactionTerm.Kind.KEEP ? keep : mask).add(t.getTerm()));
    return new Terms(agencyId, keep, mask);
  }

  private static Set<String> clean(String field, List<String> terms) {
    Set<String> out = new LinkedHashSet<>();
    if (terms == null) return out;
    if (terms.size() > MAX_TERMS)
      throw DomainException.invalid(field, "每个列表最多 " + MAX_TERMS + " 个词");
    for (int i = 0; i < terms.size(); i++) {
      String t = terms.get(i) == null ? "" : terms.get(i).strip();
      if (t.length() < 2 || t.length() > 50)
        throw DomainException.invalid(field + "[" + i + "]", "每个词 2–50 个字（第 " + (i + 1) + " 个不符合）");
      out.add(t);
    }
    return out;
  }

  private static String change(List<String> before, Set<String> after) {
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    List<String> removed = new ArrayList<>(before);
    removed.removeAll(after);
    if (added.isEmpty() && removed.isEmpty()) return "未变";
    return (added.isEmpty() ? "" : "增加 " + String.join("、", added))
        + (added.isEmpty() || removed.isEmpty() ? "" : "，")
        + (removed.isEmpty() ? "" : "删除 " + String.join("、", removed));
  }
}
