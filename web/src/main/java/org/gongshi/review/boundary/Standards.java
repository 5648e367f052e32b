package org.gongshi.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.review.control.Standard;
import org.gongshi.review.control.StandardJson;
import org.gongshi.review.entity.StandardVersion;
import org.gongshi.security.CurrentUser;

/**
 * Review standards as data: the shipped default is version 1; an admin or legal office saves an
 * edited copy as a new version, and campaigns keep the version they started with.
 */
@ApplicationScoped
@Transactional
public class Standards {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public record StandardSummary(
      long id, String name, int version, Long basedOn, String createdBy) {}

  public record StandardDetail(long id, int version, Long basedOn, Standard standard) {}

  public List<StandardSummary> list() {
    currentUser.require(Role.CASE_REVIEWER, Role.LEGAL_OFFICE, Role.ADMIN);
    ensureDefault();
    return em.createNamedQuery(StandardVersion.ALL, StandardVersion.class)
        .getResultStream()
        .map(
            s ->
                new StandardSummary(
                    s.getId(), s.getName(), s.getVersionNo(), s.getBasedOn(), s.getCreatedBy()))
        .toList();
  }

  public StandardDetail get(long id) {
    currentUser.require(Role.CASE_REVIEWER, Role.LEGAL_OFFICE, Role.ADMIN);
    StandardVersion v = find(id);
    return new StandardDetail(
        v.getId(), v.getVersionNo(), v.getBasedOn(), StandardJson.read(v.getContent()));
  }

  /** Saves an edited copy of version {@code basedOn} as a new version. */
  public StandardDetail saveCopy(long basedOn, Standard edited) {
    AppUser user = currentUser.require(Role.LEGAL_OFFICE, Role.ADMIN);
    StandardVersion base = find(basedOn);
    if (edited == null) throw DomainException.invalid(null, "请求体不能为空");
    Standard s = edited.validated();
    int version =
        em.createQuery("SELECT MAX(s.versionNo) FROM StandardVersion s", Integer.class)
                .getSingleResult()
            + 1;
    StandardVersion v =
        new StandardVersion(
            s.name(),
            version,
            base.getId(),
            StandardJson.write(s),
            user.getUsername(),
            Instant.now(clock));
    em.persist(v);
    em.flush();
    audit.append(
        user.getUsername(),
        "SAVE_REVIEW_STANDARD",
        "ReviewStandard",
        v.getId(),
        null,
        "以第 "
            + base.getVersionNo()
            + " 版为底稿保存评查标准“"
            + s.name()
            + "”第 "
            + version
            + " 版：满分 "
            + s.maxTotal().toPlainString()
            + "，优秀 ≥ "
            + s.excellentFrom().toPlainString()
            + "，合格 ≥ "
            + s.passFrom().toPlainString()
            + "，否决项 "
            + s.vetoes().size()
            + " 项");
    return new StandardDetail(v.getId(), v.getVersionNo(), v.getBasedOn(), s);
  }

  StandardVersion versionOrLatest(Long id) {
    if (id != null) return find(id);
    ensureDefault();
    return em.createQuery(
            "SELECT s FROM StandardVersion s ORDER BY s.id DESC", StandardVersion.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  Standard standardOf(long id) {
    return StandardJson.read(find(id).getContent());
  }

  String title(long id) {
    StandardVersion v = em.find(StandardVersion.class, id);
    return v == null ? "" : v.getName() + "（第 " + v.getVersionNo() + " 版）";
  }

  private StandardVersion find(long id) {
    StandardVersion v = em.find(StandardVersion.class, id);
    if (v == null) throw DomainException.invalid("standardId", "没有编号为 " + id + " 的评查标准");
    return v;
  }

  private void ensureDefault() {
    long n = em.createQuery("SELECT COUNT(s) FROM StandardVersion s", Long.class).getSingleResult();
    if (n == 0) {
      Standard d = Standard.defaults();
      em.persist(
          new StandardVersion(
              d.name(), 1, null, StandardJson.write(d), "system", Instant.now(clock)));
      em.flush();
    }
  }
}
