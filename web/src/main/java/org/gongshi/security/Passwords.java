package org.gongshi.security;

import org.mindrot.jbcrypt.BCrypt;

/** bcrypt in modular-crypt form ($2a$…), which Elytron's modular-crypt mapper verifies. */
public final class Passwords {
  private Passwords() {}

  public static String hash(String plain) {
    return BCrypt.hashpw(plain, BCrypt.gensalt(10));
  }
}
