package org.gongshi.disclosure.control;

/** Why a span of a decision is proposed for masking. */
public enum SpanCategory {
  /**
   * An identity document number: 居民身份证 (18 or 15 digits, any check character), residence permit,
   * travel permit, passport, 军官证.
   */
  ID_NUMBER,
  /** A mobile or landline number. */
  PHONE,
  /** A bank card (Luhn) or account number. */
  BANK_ACCOUNT,
  /** A natural person's home address. */
  ADDRESS,
  /** Health information: illness, injury, disability, pregnancy. */
  HEALTH,
  /** A natural person's vehicle plate, after its first two characters (浙G·*****). */
  PLATE,
  /** The name of a natural-person party, or of an individual business's operator. */
  PARTY_NAME,
  /** Another natural person's name (known to the case or recognised). */
  PERSON_NAME,
  /** A term the agency always masks in its decisions (its local redaction rules). */
  LOCAL_TERM,
  /** Added by an officer. */
  MANUAL;

  /** Whether an officer may lift the mask (with a reason): never for identity and bank numbers. */
  public boolean liftable() {
    return this != ID_NUMBER && this != BANK_ACCOUNT;
  }
}
