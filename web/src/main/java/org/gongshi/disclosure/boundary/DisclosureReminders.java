package org.gongshi.disclosure.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.disclosure.entity.DisclosureStatus;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.security.CurrentUser;

/**
 * The daily e-mail to each agency's disclosure officers about decisions past their publication or
 * withdrawal deadline, through WildFly's mail session (SMTP from the environment).
 */
@ApplicationScoped
@Transactional
public class DisclosureReminders {
  @Inject Clock clock;
  private static final Logger LOG = Logger.getLogger(DisclosureReminders.class.getName());

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:jboss/mail/Gongshi")
  Session mail;

  @Inject CurrentUser currentUser;

  public record Sent(
      int agencies, int overdueItems, List<String> recipients, List<String> failures) {}

  /** An administrator sends today's reminders now. */
  public Sent sendNow() {
    currentUser.require(Role.ADMIN);
    return send(LocalDate.now(clock));
  }

  /**
   * One mail per responsible officer, listing their agency's overdue items; unsent mail is logged,
   * never lost silently.
   */
  public Sent send(LocalDate today) {
    List<DisclosureRecord> overdue =
        em.createQuery(
                "SELECT r FROM DisclosureRecord r WHERE"
                    + " (r.status = :pending AND r.deadline < :today) OR (r.status = :published AND r.withdrawalDeadline < :today)"
                    + " ORDER BY r.agencyId, r.deadline",
                DisclosureRecord.class)
            .setParameter("pending", DisclosureStatus.PENDING)
            .setParameter("published", DisclosureStatus.PUBLISHED)
            .setParameter("today", today)
            .getResultList();
    Map<Long, List<DisclosureRecord>> byAgency =
        overdue.stream().collect(Collectors.groupingBy(DisclosureRecord::getAgencyId));
    List<String> recipients = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (var e : byAgency.entrySet()) {
      List<AppUser> officers =
          em.createQuery(
                  "SELECT u FROM AppUser u JOIN u.roles r WHERE r = :role AND u.agency.id = :agency"
                      + " AND u.enabled = true AND u.email IS NOT NULL",
                  AppUser.class)
              .setParameter("role", Role.DISCLOSURE_OFFICER)
              .setParameter("agency", e.getKey())
              .getResultList();
      if (officers.isEmpty()) {
        failures.add("机关 " + e.getKey() + " 没有登记邮箱的公示员");
        continue;
      }
      String body = body(e.getValue(), today);
      for (AppUser u : officers) {
        try {
          MimeMessage m = new MimeMessage(mail);
          m.setRecipient(Message.RecipientType.TO, new InternetAddress(u.getEmail()));
          m.setSubject("【公示提醒】" + e.getValue().size() + " 件行政处罚决定已超过公示或撤回期限", "UTF-8");
          m.setText(body, "UTF-8");
          Transport.send(m);
          recipients.add(u.getEmail());
        } catch (MessagingException | RuntimeException ex) {
          failures.add(u.getEmail() + "：邮件未发出（邮件服务器无法连接或拒收，详见服务器日志）");
          LOG.log(
              Level.WARNING,
              "Disclosure reminder to "
                  + u.getEmail()
                  + " not sent ("
                  + ex.getMessage()
                  + "):\n"
                  + body);
        }
      }
    }
    return new Sent(byAgency.size(), overdue.size(), recipients, failures);
  }

  static String body(List<DisclosureRecord> items, LocalDate today) {
    StringBuilder b = new StringBuilder("截至 " + today + "，以下行政处罚决定已超过法定期限，请尽快处理：\n\n");
    for (DisclosureRecord r : items) {
      if (r.getStatus() == DisclosureStatus.PENDING) {
        b.append("· 待公示 ")
            .append(r.getDecisionNumber())
            .append("（案件 ")
            .append(r.getCaseNumber())
            .append("），决定日期 ")
            .append(r.getDecidedOn())
            .append("，公示期限 ")
            .append(r.getDeadline())
            .append('\n');
      } else {
        b.append("· 待撤回 ")
            .append(r.getDecisionNumber())
            .append("（案件 ")
            .append(r.getCaseNumber())
            .append("），决定于 ")
            .append(r.getChangedOn())
            .append(" 变更，撤回期限 ")
            .append(r.getWithdrawalDeadline())
            .append('\n');
      }
    }
    return b.append("\n依据：国办发〔2018〕118号（7 个工作日内公示）；《行政处罚法》第四十八条（3 个工作日内撤回）。\n").toString();
  }
}
