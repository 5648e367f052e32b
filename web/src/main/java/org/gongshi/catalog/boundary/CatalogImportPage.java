package org.gongshi.catalog.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.catalog.control.io.CatalogReader;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.platform.DomainException;

/** The administrator's power-list import: check first (dry run), then import all or nothing. */
@Named
@ViewScoped
public class CatalogImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Catalogs catalogs;

  private Long agencyId;
  private LocalDate effectiveFrom;
  private String reason;
  private boolean withdrawMissing;
  private transient Part file;
  private Catalogs.ImportResult result;

  public String check() {
    return run(true);
  }

  public String importNow() {
    return run(false);
  }

  private String run(boolean dryRun) {
    FacesContext ctx = FacesContext.getCurrentInstance();
    if (file == null || file.getSize() == 0) {
      ctx.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "请选择 .csv 或 .xlsx 清单文件", null));
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] bytes = in.readNBytes((int) CatalogReader.DEFAULT_MAX_BYTES + 1);
      result =
          catalogs.importFile(
              agencyId == null ? 0 : agencyId,
              file.getSubmittedFileName(),
              bytes,
              effectiveFrom,
              reason,
              dryRun,
              withdrawMissing);
      FacesMessage.Severity sev =
          result.problems().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR;
      String head =
          result.problems().isEmpty() ? (result.applied() ? "已导入：" : "检查通过（未写入）：") : "未导入：";
      ctx.addMessage(null, new FacesMessage(sev, head + result.summary(), null));
    } catch (DomainException e) {
      ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } catch (IOException e) {
      ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "读取上传文件失败", null));
    }
    return null;
  }

  public List<Agency> getAgencies() {
    return catalogs.agencies();
  }

  public Catalogs.ImportResult getResult() {
    return result;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate d) {
    this.effectiveFrom = d;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isWithdrawMissing() {
    return withdrawMissing;
  }

  public void setWithdrawMissing(boolean w) {
    this.withdrawMissing = w;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
