package org.gongshi.disclosure.control;

/** Why a span of a decision is proposed for masking. */
public enum SpanCategory {
  /** A valid resident identity card number (GB 11643). */
  ID_NUMBER,
  /** A mobile or landline number. */
  PHONE,
  /** A bank card (Luhn) or account number. */
  BANK_ACCOUNT,
  /** A natural person's home address. */
  ADDRESS,
  /** The natural-person party's name. */
  PARTY_NAME,
  /** Another natural person's name (known to the case or recognised). */
  PERSON_NAME,
  /** Added by an officer. */
  MANUAL
}
