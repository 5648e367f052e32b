package org.gongshi.portal.entity;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * An e-mail alert on a public search or on an organisation's credit code. Pending until the link in
 * the confirmation mail is followed; ended by the link in every mail. Digests carry decisions
 * published after {@code sentUpTo} (first: the confirmation time).
 */
@Entity
@Table(name = "alert_subscription")
@NamedQuery(
    name = AlertSubscription.BY_CONFIRM,
    query = "SELECT a FROM AlertSubscription a WHERE a.confirmHash = :hash")
@NamedQuery(
    name = AlertSubscription.BY_UNSUBSCRIBE,
    query = "SELECT a FROM AlertSubscription a WHERE a.unsubscribeToken = :token")
@NamedQuery(
    name = AlertSubscription.ACTIVE,
    query =
        "SELECT a FROM AlertSubscription a WHERE a.status = org.gongshi.portal.entity.AlertSubscription.Status.ACTIVE"
            + " AND a.frequency = :frequency ORDER BY a.id")
@NamedQuery(
    name = AlertSubscription.PENDING_OF,
    query =
        "SELECT COUNT(a) FROM AlertSubscription a WHERE a.email = :email"
            + " AND a.status = org.gongshi.portal.entity.AlertSubscription.Status.PENDING AND a.createdAt > :since")
public class AlertSubscription {
  public static final String BY_CONFIRM = "AlertSubscription.byConfirm";
  public static final String BY_UNSUBSCRIBE = "AlertSubscription.byUnsubscribe";
  public static final String ACTIVE = "AlertSubscription.active";
  public static final String PENDING_OF = "AlertSubscription.pendingOf";

  /** What is followed. */
  public enum Kind {
    SEARCH,
    PARTY
  }

  /** How often mail goes out. */
  public enum Frequency {
    IMMEDIATE("即时"),
    DAILY("每日");

    public final String label;

    Frequency(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  public enum Status {
    PENDING,
    ACTIVE,
    ENDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "query_string")
  private String queryString;

  @Column(name = "party_uscc")
  private String partyUscc;

  @Enumerated(EnumType.STRING)
  private Frequency frequency;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "confirm_hash")
  private String confirmHash;

  @Column(name = "unsubscribe_token")
  private String unsubscribeToken;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "sent_up_to")
  private Instant sentUpTo;

  @Column(name = "last_sent_at")
  private Instant lastSentAt;

  @Version private long version;

  protected AlertSubscription() {}

  public AlertSubscription(
      String email,
      Kind kind,
      String queryString,
      String partyUscc,
      Frequency frequency,
      String confirmHash,
      String unsubscribeToken,
      Instant at) {
    this.email = email;
    this.kind = kind;
    this.queryString = queryString;
    this.partyUscc = partyUscc;
    this.frequency = frequency;
    this.confirmHash = confirmHash;
    this.unsubscribeToken = unsubscribeToken;
    this.createdAt = at;
    this.status = Status.PENDING;
  }

  /** Double opt-in done: mail starts with decisions published from now on. */
  public void confirm(Instant at) {
    if (status != Status.PENDING) return;
    status = Status.ACTIVE;
    confirmedAt = at;
    sentUpTo = at;
  }

  public void end(Instant at) {
    if (status == Status.ENDED) return;
    status = Status.ENDED;
    endedAt = at;
  }

  /** A digest went out covering publications up to {@code upTo}. */
  public void sent(Instant upTo, Instant at) {
    sentUpTo = upTo;
    lastSentAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public Kind getKind() {
    return kind;
  }

  public String getQueryString() {
    return queryString;
  }

  public String getPartyUscc() {
    return partyUscc;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public Status getStatus() {
    return status;
  }

  public String getUnsubscribeToken() {
    return unsubscribeToken;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getSentUpTo() {
    return sentUpTo;
  }

  public Instant getLastSentAt() {
    return lastSentAt;
  }
}
