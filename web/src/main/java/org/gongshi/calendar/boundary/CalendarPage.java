package org.gongshi.calendar.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.gongshi.calendar.control.HolidayYear;
import org.gongshi.platform.DomainException;

/** The administrator's calendar page: which years are loaded, and loading a new one. */
@Named
@RequestScoped
public class CalendarPage {
  static final int MAX_BYTES = 1_000_000;

  @Inject Calendars calendars;
  private Part file;

  public List<Integer> getYears() {
    return calendars.current().loadedYears().stream().sorted().toList();
  }

  /** The loaded years as people write them: runs joined, e.g. "2019—2026 年、2028 年". */
  public String getYearsText() {
    List<Integer> years = getYears();
    if (years.isEmpty()) return "尚未载入任何年份";
    List<String> runs = new java.util.ArrayList<>();
    int start = years.get(0);
    int prev = start;
    for (int i = 1; i <= years.size(); i++) {
      Integer y = i < years.size() ? years.get(i) : null;
      if (y != null && y == prev + 1) {
        prev = y;
        continue;
      }
      runs.add(start == prev ? start + " 年" : start + "—" + prev + " 年");
      if (y != null) start = prev = y;
    }
    return String.join("、", runs);
  }

  public String load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (file == null || file.getSize() == 0)
        throw DomainException.invalid("file", "请选择节假日安排 JSON 文件");
      if (file.getSize() > MAX_BYTES) throw DomainException.invalid("file", "文件超过 1 MB，不是一年的节假日安排");
      byte[] json;
      try (InputStream in = file.getInputStream()) {
        json = in.readAllBytes();
      }
      HolidayYear y = calendars.loadYear(json);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "已载入 " + y.year() + " 年节假日安排（" + y.days().size() + " 条）",
              null));
    } catch (DomainException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, org.gongshi.platform.PageMessages.of(e), null));
    } catch (IOException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "读取上传文件失败，请重试", null));
    }
    return null;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
