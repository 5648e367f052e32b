package org.gongshi.calendar.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.calendar.control.DayInfo;
import org.gongshi.calendar.control.HolidayYear;
import org.gongshi.platform.Dates;
import org.gongshi.platform.DomainException;

/** Public working-day answers (Art. 85: limits in days are working days), and loading a year. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "工作日历")
public class CalendarResource {
  @Inject Calendars calendars;

  public record Deadline(String from, int workingDays, String deadline) {}

  public record Day(
      String date, boolean workingDay, String kind, String holidayName, String description) {}

  public record YearLoaded(int year, int days, List<Integer> loadedYears) {}

  @GET
  @Path("deadline")
  @Operation(summary = "自某日起 N 个工作日后的期限（起算日不计入）")
  public Deadline deadline(
      @QueryParam("from") String from,
      @QueryParam("workingDays")
          @NotNull(message = "请提供 workingDays（1–365 的整数）")
          @Min(value = 1, message = "workingDays 须在 1–365 之间")
          @Max(value = 365, message = "workingDays 须在 1–365 之间")
          Integer workingDays) {
    LocalDate start = Dates.required("from", from);
    try {
      return new Deadline(
          start.toString(),
          workingDays,
          calendars.current().addWorkingDays(start, workingDays).toString());
    } catch (CalendarNotLoadedException e) {
      throw DomainException.conflict("from", e.getMessage() + "，无法按工作日计算期限");
    }
  }

  @GET
  @Path("day/{date}")
  @Operation(summary = "某日是否为工作日及原因")
  public Day day(@PathParam("date") String date) {
    LocalDate d = Dates.required("date", date);
    try {
      DayInfo info = calendars.current().describe(d);
      return new Day(
          d.toString(), info.workingDay(), info.kind().name(), info.holidayName(), info.text());
    } catch (CalendarNotLoadedException e) {
      throw DomainException.conflict("date", e.getMessage());
    }
  }

  @GET
  @Path("years")
  public List<Integer> years() {
    return calendars.current().loadedYears().stream().sorted().toList();
  }

  @POST
  @Path("years")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "载入一年的节假日安排（管理员；国务院办公厅通知的 JSON 数据）")
  public YearLoaded load(InputStream json) throws IOException {
    HolidayYear y = calendars.loadYear(json.readNBytes(1_000_000));
    return new YearLoaded(y.year(), y.days().size(), years());
  }
}
