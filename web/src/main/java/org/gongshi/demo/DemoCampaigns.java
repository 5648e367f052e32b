package org.gongshi.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.review.boundary.Campaigns;
import org.gongshi.security.Passwords;

/**
 * A second case reviewer (忻开) and a quarterly review campaign over the demo files with a few sheets
 * submitted, so the results page has averages and a ranking to show.
 */
@ApplicationScoped
public class DemoCampaigns {
  @PersistenceContext EntityManager em;
  @Inject Campaigns campaigns;

  void load(List<Agency> agencies) {
    AppUser second =
        new AppUser(
            "reviewer2",
            Passwords.hash(DemoData.PASSWORD),
            "忻开案卷评查员",
            agencies.get(1),
            null,
            "reviewer2@example.gov.cn",
            EnumSet.of(Role.CASE_REVIEWER));
    em.persist(second);
    em.flush();
    Campaigns.CampaignView v =
        campaigns.createAs(
            user("legaloffice"),
            new Campaigns.CampaignInput(
                "2025—2026年行政处罚案卷评查（演示）",
                "ANNUAL",
                null,
                "2025-01-01",
                "2026-12-31",
                null,
                List.of(),
                new BigDecimal("30"),
                3,
                0,
                20261206L,
                List.of("reviewer", "reviewer2")));
    int n = 0;
    for (Campaigns.FileRow f : v.files()) {
      if (n >= 6) break;
      AppUser r = user(f.reviewer().equals("案卷评查员") ? "reviewer" : "reviewer2");
      BigDecimal c3 = BigDecimal.valueOf(n * 2L);
      campaigns.saveAs(
          r,
          f.fileId(),
          new Campaigns.ScoreInput(
              List.of(
                  new Campaigns.DeductionInput(
                      "F4",
                      n % 2 == 0 ? BigDecimal.ONE : null,
                      n % 2 == 0 ? "询问笔录排在现场检查笔录之前，未按目录顺序" : null),
                  new Campaigns.DeductionInput(
                      "C3", c3, c3.signum() == 0 ? null : "部分证据未注明来源和提取时间")),
              List.of(),
              "演示评分"),
          true);
      n++;
    }
  }

  private AppUser user(String name) {
    return em.createNamedQuery(AppUser.BY_NAME, AppUser.class)
        .setParameter("username", name)
        .getSingleResult();
  }
}
