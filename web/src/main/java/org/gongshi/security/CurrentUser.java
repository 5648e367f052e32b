package org.gongshi.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;

/**
 * Who is calling, resolved once per request from the container's principal. Every service asks it
 * before acting: {@link #require} for roles, {@link #requireAgency} for agency scope.
 */
@RequestScoped
public class CurrentUser {
  @Inject HttpServletRequest request;
  @PersistenceContext EntityManager em;

  private AppUser user;
  private boolean resolved;

  public Optional<AppUser> user() {
    if (!resolved) {
      resolved = true;
      Principal p = callerPrincipal();
      if (p != null) {
        user =
            em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
                .setParameter("username", p.getName())
                .getResultStream()
                .findFirst()
                .orElse(null);
      }
    }
    return Optional.ofNullable(user);
  }

  private Principal callerPrincipal() {
    try {
      return request.getUserPrincipal();
    } catch (RuntimeException outsideRequest) {
      return null; // background jobs act as "system"
    }
  }

  public AppUser require(Role... anyOf) {
    AppUser u = user().orElseThrow(() -> new DomainException(401, null, "需要登录"));
    if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(u.getRoles()::contains)) {
      throw DomainException.forbidden("当前用户无权执行此操作（需要角色：" + labels(anyOf) + "）");
    }
    return u;
  }

  /** Whether the caller holds one of the roles (pages hide what the services would refuse). */
  public boolean hasAny(Role... anyOf) {
    return user().map(u -> Arrays.stream(anyOf).anyMatch(u.getRoles()::contains)).orElse(false);
  }

  /** Staff see only their own agency's cases; administrators and legal offices see all. */
  public boolean seesAllAgencies() {
    return user()
        .map(
            u ->
                u.getRoles().contains(Role.ADMIN)
                    || u.getRoles().contains(Role.LEGAL_OFFICE)
                    || u.getAgency() == null)
        .orElse(false);
  }

  /** The agencies this user may choose in a report or sample: all, or their own. */
  public List<Agency> selectableAgencies() {
    AppUser u = require();
    if (seesAllAgencies()) return em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
    return u.getAgency() == null ? List.of() : List.of(u.getAgency());
  }

  /** Whether the caller may see this agency's records: their own, or all by role. */
  public boolean mayRead(long agencyId) {
    AppUser u = require();
    return seesAllAgencies()
        || (u.getAgency() != null && u.getAgency().getId().longValue() == agencyId);
  }

  /** The agency a query is limited to: null when the caller sees all, -1 when they have none. */
  public Long agencyScope() {
    AppUser u = require();
    if (seesAllAgencies()) return null;
    return u.getAgency() == null ? -1L : u.getAgency().getId();
  }

  public void requireAgency(Agency agency) {
    requireAgency(agency.getId(), "未找到该案件，或不属于您所在的执法机关");
  }

  /**
   * Refuses another agency's record as not found (404, not 403: its existence is not disclosed).
   */
  public void requireAgency(long agencyId, String notFound) {
    if (!mayRead(agencyId)) throw DomainException.notFound(notFound);
  }

  public String name() {
    return user().map(AppUser::getUsername).orElse("system");
  }

  private static String labels(Role[] roles) {
    return String.join("、", Arrays.stream(roles).map(r -> r.label).toList());
  }
}
