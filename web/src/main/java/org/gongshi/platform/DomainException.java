package org.gongshi.platform;

/**
 * A refusal the user can act on: HTTP status, the field at fault (or null) and a Chinese message
 * saying what was wrong and what is allowed. Mapped once to JSON {field, message}.
 */
public class DomainException extends RuntimeException {
  private final int status;
  private final String field;

  public DomainException(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public static DomainException invalid(String field, String message) {
    return new DomainException(400, field, message);
  }

  public static DomainException notFound(String message) {
    return new DomainException(404, null, message);
  }

  public static DomainException forbidden(String message) {
    return new DomainException(403, null, message);
  }

  public static DomainException conflict(String field, String message) {
    return new DomainException(409, field, message);
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }
}
