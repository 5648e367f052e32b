package org.gongshi.platform;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;

/**
 * An irreversible step on a page runs only once confirmed: by the page's dialog (the script sends
 * {@code confirmed=yes} with the form) or, without scripts, by a second button the page shows while
 * {@link #getPending()} names the step. Kept in a view-scoped page bean.
 */
public final class Confirmation implements Serializable {
  private static final long serialVersionUID = 1L;

  private String pending;

  /** True when the step may run now; otherwise the page asks first. */
  public boolean confirmed(String step) {
    String sent =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("confirmed");
    if ("yes".equals(sent) || step.equals(pending)) {
      pending = null;
      return true;
    }
    pending = step;
    return false;
  }

  public void cancel() {
    pending = null;
  }

  /** The step waiting for its confirmation, or null. */
  public String getPending() {
    return pending;
  }
}
