package org.gongshi.archive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongshi.archive.boundary.FileAccess.DocumentText;
import org.gongshi.platform.DomainException;

/**
 * A case document's extracted text with the search words marked; a search hit links here with
 * {@code #hit-1}, so the browser scrolls to the first match without any script.
 */
@Named
@RequestScoped
public class DocumentTextPage {
  @Inject FileAccess files;

  private Long id;
  private String q;
  private DocumentText text;
  private String problem;

  public DocumentText getText() {
    if (text == null && problem == null) {
      if (id == null) {
        problem = "缺少文书编号";
      } else {
        try {
          text = files.documentText(id, q);
        } catch (DomainException e) {
          problem = e.getMessage();
          FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(e.status());
        }
      }
    }
    return text;
  }

  public String getProblem() {
    getText();
    return problem;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
