package org.gongshi.organisation.entity;

import jakarta.persistence.*;
import java.util.EnumSet;
import java.util.Set;

/** A staff login. The password is a bcrypt hash in modular-crypt form, read by Elytron. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_NAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = AppUser.ALL, query = "SELECT u FROM AppUser u ORDER BY u.id")
public class AppUser {
  public static final String BY_NAME = "AppUser.byName";
  public static final String ALL = "AppUser.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "display_name")
  private String displayName;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  private String email;
  private boolean enabled;

  /** For a legal office: the region it oversees (agencies whose region starts with it). */
  private String region;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_name")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected AppUser() {}

  public AppUser(
      String username,
      String passwordHash,
      String displayName,
      Agency agency,
      Officer officer,
      String email,
      Set<Role> roles) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.agency = agency;
    this.officer = officer;
    this.email = email;
    this.enabled = true;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** An administrator's change of the account's name, agency, officer link, roles and state. */
  public void update(
      String displayName,
      Agency agency,
      Officer officer,
      String email,
      Set<Role> roles,
      boolean enabled) {
    this.displayName = displayName;
    this.agency = agency;
    this.officer = officer;
    this.email = email;
    this.roles.clear();
    this.roles.addAll(roles);
    this.enabled = enabled;
  }

  /** A new password, as a bcrypt hash. */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Agency getAgency() {
    return agency;
  }

  public Officer getOfficer() {
    return officer;
  }

  public String getEmail() {
    return email;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getRegion() {
    return region;
  }

  public void assignRegion(String region) {
    this.region = region;
  }

  public Set<Role> getRoles() {
    return roles;
  }
}
