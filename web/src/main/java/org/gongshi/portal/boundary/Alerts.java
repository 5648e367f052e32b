package org.gongshi.portal.boundary;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Settings;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.portal.control.AlertAddress;
import org.gongshi.portal.control.AlertMail;
import org.gongshi.portal.control.PortalQuery;
import org.gongshi.portal.entity.AlertSubscription;
import org.gongshi.portal.entity.AlertSubscription.Frequency;
import org.gongshi.portal.entity.AlertSubscription.Kind;
import org.gongshi.portal.entity.PublicationStatus;
import org.gongshi.portal.entity.PublishedDecision;

/**
 * E-mail alerts without an account: subscribe (a confirmation mail), confirm by its link, digests
 * of decisions published since the last one, unsubscribe by the link in every mail. Digests read
 * the public copy of published decisions only, so a withdrawn decision is never sent.
 */
@ApplicationScoped
@Transactional
public class Alerts {
  private static final Logger LOG = Logger.getLogger(Alerts.class.getName());
  static final String ACTOR = "公众（邮件订阅）";
  static final String SITE = "行政执法公示网站";

  /** Unconfirmed subscriptions an address may have in a day: no mail bombing through the form. */
  static final int PENDING_PER_DAY = 5;

  /** Publications younger than this wait for the next run (their index update may be under way). */
  static final Duration SETTLE = Duration.ofSeconds(3);

  static final int MAX_PER_DIGEST = 50;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject PublicDecisions decisions;
  @Inject PartyRecords parties;
  @Inject Settings settings;

  @Resource(lookup = "java:jboss/mail/Gongshi")
  Session mail;

  /** A subscription as its pages show it (never the tokens). */
  public record AlertView(String email, String what, String frequency, String status) {}

  /** What a run of the digests did. */
  public record Digests(int subscriptions, int mailsSent, int decisions, int failures) {}

  /**
   * Stores a pending subscription and mails the confirmation link. Refused with the field's Chinese
   * label when the address, the search or the code is not acceptable; nothing is stored then.
   *
   * @param search the search as the search page has it (may be empty = all), or null for a party
   * @param uscc the organisation's credit code, or null for a search
   */
  public AlertView subscribe(
      String typedEmail, PortalQuery search, String uscc, String frequencyParam) {
    AlertAddress.Result checked = AlertAddress.check(typedEmail);
    if (checked.address().isEmpty()) throw DomainException.invalid("email", checked.problem());
    String email = checked.address().get();
    Frequency frequency = frequency(frequencyParam);
    Kind kind;
    String queryString = null;
    String code = null;
    if (uscc != null) {
      kind = Kind.PARTY;
      code =
          PartyRecords.normalise(uscc)
              .filter(c -> !parties.published(c).isEmpty())
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "uscc", "统一社会信用代码不正确，或该企业没有公示中的处罚决定：只能订阅本站公示过处罚决定的企业"));
    } else {
      kind = Kind.SEARCH;
      queryString = search.filtersOnly().queryString();
      if (queryString.length() > 1000) throw DomainException.invalid("q", "检索条件过长，请缩短检索词");
    }
    Instant now = clock.instant();
    long pending =
        em.createNamedQuery(AlertSubscription.PENDING_OF, Long.class)
            .setParameter("email", email)
            .setParameter("since", now.minus(Duration.ofDays(1)))
            .getSingleResult();
    if (pending >= PENDING_PER_DAY)
      throw DomainException.invalid(
          "email", "该邮箱一天内已有 " + PENDING_PER_DAY + " 个未确认的订阅，请先打开确认邮件中的链接，或明天再试");
    String confirm = token();
    String unsubscribe = token();
    AlertSubscription s =
        new AlertSubscription(
            email, kind, queryString, code, frequency, hash(confirm), unsubscribe, now);
    em.persist(s);
    em.flush();
    String what = what(s);
    audit.append(ACTOR, "ALERT_SUBSCRIBED", "AlertSubscription", s.getId(), null, kind.name());
    send(
        email,
        AlertMail.confirmSubject(what),
        AlertMail.confirmBody(what, frequency.label, link("portal/alerts/confirm", confirm), SITE),
        link("portal/alerts/unsubscribe", unsubscribe),
        true);
    return view(s);
  }

  /** The subscription a confirmation link points to, if it still exists. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AlertView> byConfirmation(String token) {
    return find(AlertSubscription.BY_CONFIRM, token).map(this::view);
  }

  /** The subscription an unsubscribe link points to, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AlertView> byUnsubscribe(String token) {
    return byUnsubscribeToken(token).map(this::view);
  }

  /** Double opt-in: the link in the confirmation mail was followed and confirmed. */
  public Optional<AlertView> confirm(String token) {
    Optional<AlertSubscription> s = find(AlertSubscription.BY_CONFIRM, token);
    s.filter(x -> x.getStatus() == AlertSubscription.Status.PENDING)
        .ifPresent(
            x -> {
              x.confirm(clock.instant());
              audit.append(ACTOR, "ALERT_CONFIRMED", "AlertSubscription", x.getId(), null, null);
            });
    return s.map(this::view);
  }

  /** Ends the subscription (one click from any mail); ending twice changes nothing. */
  public Optional<AlertView> unsubscribe(String token) {
    Optional<AlertSubscription> s = byUnsubscribeToken(token);
    s.filter(x -> x.getStatus() != AlertSubscription.Status.ENDED)
        .ifPresent(
            x -> {
              x.end(clock.instant());
              audit.append(ACTOR, "ALERT_UNSUBSCRIBED", "AlertSubscription", x.getId(), null, null);
            });
    return s.map(this::view);
  }

  /**
   * Mails every active subscription of the frequency the decisions published since its last mail
   * that it matches. A failed mail is retried at the next run; a second run waits for the first
   * (row locks), so nothing is mailed twice.
   */
  public Digests sendDigests(Frequency frequency) {
    Instant now = clock.instant();
    Instant upTo = now.minus(SETTLE);
    List<AlertSubscription> due =
        em.createNamedQuery(AlertSubscription.ACTIVE, AlertSubscription.class)
            .setParameter("frequency", frequency)
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) // one run at a time
            .getResultList();
    int sent = 0, failures = 0, total = 0;
    for (AlertSubscription s : due) {
      List<PublishedDecision> fresh =
          em.createQuery(
                  "SELECT p FROM PublishedDecision p WHERE p.status = :s AND p.publishedAt > :from"
                      + " AND p.publishedAt <= :to ORDER BY p.publishedAt, p.id",
                  PublishedDecision.class)
              .setParameter("s", PublicationStatus.PUBLISHED)
              .setParameter("from", s.getSentUpTo())
              .setParameter("to", upTo)
              .setMaxResults(1000)
              .getResultList();
      if (fresh.isEmpty()) continue;
      Instant covered = fresh.size() < 1000 ? upTo : fresh.get(fresh.size() - 1).getPublishedAt();
      List<PublishedDecision> matched = matched(s, fresh);
      if (matched.isEmpty()) {
        s.sent(covered, s.getLastSentAt());
        continue;
      }
      List<PublishedDecision> shown =
          matched.size() > MAX_PER_DIGEST ? matched.subList(0, MAX_PER_DIGEST) : matched;
      String what = what(s);
      List<AlertMail.Line> lines = shown.stream().map(this::line).toList();
      String unsubscribe = link("portal/alerts/unsubscribe", s.getUnsubscribeToken());
      try {
        send(
            s.getEmail(),
            AlertMail.digestSubject(what, matched.size()),
            AlertMail.digestBody(what, lines, unsubscribe, SITE),
            unsubscribe,
            false);
        s.sent(covered, now);
        audit.append(
            "系统", "ALERT_DIGEST_SENT", "AlertSubscription", s.getId(), null, matched.size() + " 件");
        sent++;
        total += matched.size();
      } catch (DomainException e) {
        failures++;
      }
    }
    return new Digests(due.size(), sent, total, failures);
  }

  private List<PublishedDecision> matched(AlertSubscription s, List<PublishedDecision> fresh) {
    if (s.getKind() == Kind.PARTY) {
      return fresh.stream()
          .filter(
              d ->
                  d.getPartyCategory() == PartyKind.ORGANISATION
                      && s.getPartyUscc().equals(d.getPartyUscc()))
          .toList();
    }
    Set<Long> hit =
        new HashSet<>(
            decisions.matching(query(s), fresh.stream().map(PublishedDecision::getId).toList()));
    return fresh.stream().filter(d -> hit.contains(d.getId())).toList();
  }

  private AlertMail.Line line(PublishedDecision d) {
    return new AlertMail.Line(
        d.getDecisionNumber(),
        d.getAgencyName(),
        d.getPartyName(), // the public copy: a natural person is already masked (张某某)
        d.getViolationType(),
        d.getDecidedOn(),
        settings.publicBaseUrl() + "portal/decisions/" + d.getId());
  }

  /** The stored search, parsed again with the portal's own rules. */
  static PortalQuery query(AlertSubscription s) {
    Map<String, String> p = new java.util.HashMap<>();
    String qs = s.getQueryString() == null ? "" : s.getQueryString().replaceFirst("^\\?", "");
    for (String pair : qs.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0)
        p.put(
            pair.substring(0, eq),
            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return PortalQuery.parse(
            p.get("q"),
            p.get("agency"),
            p.get("domain"),
            p.get("year"),
            p.get("penalty"),
            null,
            null,
            "date",
            null)
        .withCategory(p.get("category"));
  }

  /** What is followed, in words. */
  String what(AlertSubscription s) {
    if (s.getKind() == Kind.PARTY) {
      String name =
          parties.published(s.getPartyUscc()).stream()
              .findFirst()
              .map(PublishedDecision::getPartyName)
              .orElse("企业");
      return name + "（统一社会信用代码 " + s.getPartyUscc() + "）的处罚决定";
    }
    return searchText(query(s), decisions::agencyNames);
  }

  /** A search in words: its words (or 全部处罚决定), then its filters as the search page says them. */
  static String searchText(PortalQuery q, Supplier<Map<Long, String>> agencyNames) {
    String words = q.q() == null ? "全部处罚决定" : "检索“" + q.q() + "”";
    String filters = q.filterText(q.agencyId() == null ? Map.of() : agencyNames.get());
    return filters.isEmpty() ? words : words + "，" + filters;
  }

  private AlertView view(AlertSubscription s) {
    return new AlertView(mask(s.getEmail()), what(s), s.getFrequency().label, s.getStatus().name());
  }

  /** a***@example.com: a link holder sees whose subscription it is without the full address. */
  static String mask(String email) {
    int at = email.indexOf('@');
    return email.charAt(0) + "***" + email.substring(at);
  }

  private Optional<AlertSubscription> find(String query, String token) {
    if (!wellFormed(token)) return Optional.empty();
    return em.createNamedQuery(query, AlertSubscription.class)
        .setParameter("hash", hash(token))
        .getResultStream()
        .findFirst();
  }

  private Optional<AlertSubscription> byUnsubscribeToken(String token) {
    if (!wellFormed(token)) return Optional.empty();
    return em.createNamedQuery(AlertSubscription.BY_UNSUBSCRIBE, AlertSubscription.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  private static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }

  private String link(String path, String token) {
    return settings.publicBaseUrl()
        + path
        + "?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private void send(String to, String subject, String body, String unsubscribe, boolean confirm) {
    try {
      MimeMessage m = new MimeMessage(mail);
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      m.setSubject(subject, "UTF-8");
      m.setText(body, "UTF-8");
      m.setHeader("Auto-Submitted", "auto-generated");
      if (!confirm) {
        m.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
      Transport.send(m);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Alert mail not sent (" + e.getMessage() + ")");
      throw DomainException.invalid("email", "邮件未能发出（邮件服务器暂时无法连接），请稍后再试");
    }
  }

  private static Frequency frequency(String v) {
    if (v == null || v.isBlank() || v.equals("DAILY")) return Frequency.DAILY;
    if (v.equals("IMMEDIATE")) return Frequency.IMMEDIATE;
    throw DomainException.invalid("frequency", "发送频率只能是“每日”或“即时”");
  }

  static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Today in China, for pages. */
  LocalDate today() {
    return LocalDate.now(clock);
  }
}
