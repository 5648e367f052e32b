package org.gongshi.portal.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.gongshi.platform.DomainException;

/**
 * A public search as typed in the address bar: the same parameters for the search page, the JSON
 * and CSV open data and the Atom feed. A bad value is refused with the parameter in the error's
 * field and a Chinese message that names it as the page does (年份, 罚款金额), never by its key.
 *
 * @param q words, a phrase or a decision number; blank lists all
 * @param agencyId 执法机关, or null
 * @param domain 领域, or null
 * @param year year of the decision, or null
 * @param penalty 处罚类别 (e.g. 罚款), or null
 * @param page 1-based page
 * @param size hits per page
 * @param sort "relevance" or "date"; null means relevance with words, date without
 * @param cursor opaque position from a previous page (JSON only), or null
 * @param from first decision date (inclusive), or null
 * @param to last decision date (inclusive), or null
 * @param fine 罚款金额 band ({@link FineBand#LABELS}), or null
 * @param category 违法行为类别 (违法建设, 占道经营…), or null
 */
public record PortalQuery(
    String q,
    Long agencyId,
    String domain,
    Integer year,
    String penalty,
    int page,
    int size,
    String sort,
    String cursor,
    LocalDate from,
    LocalDate to,
    String fine,
    String category) {

  /** Earliest decision date accepted by the date filter. */
  static final LocalDate FIRST_DAY = LocalDate.of(1949, 10, 1);

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** Deeper than this, page numbers give way to the cursor. */
  public static final int MAX_OFFSET = 10_000;

  /** Parses raw parameters; every one may be null. */
  public static PortalQuery parse(
      String q,
      String agency,
      String domain,
      String year,
      String penalty,
      String page,
      String size,
      String sort,
      String cursor) {
    String words = trim(q);
    if (words != null && words.length() > 200)
      throw DomainException.invalid("q", "检索词过长：最多 200 个字符");
    Long agencyId = null;
    if (trim(agency) != null) {
      agencyId = positive("agency", agency.trim(), "执法机关编号应为正整数");
    }
    Integer y = null;
    if (trim(year) != null) {
      if (!year.trim().matches("\\d{4}")
          || Integer.parseInt(year.trim()) < 1990
          || Integer.parseInt(year.trim()) > 2100) {
        throw DomainException.invalid(
            "year", "年份应为 1990 到 2100 之间的四位数字，如 2024；收到“" + shorten(year) + "”");
      }
      y = Integer.valueOf(year.trim());
    }
    int p = 1;
    if (trim(page) != null) {
      p = (int) Math.min(Integer.MAX_VALUE, positive("page", page.trim(), "页码应为从 1 开始的整数"));
    }
    int s = DEFAULT_SIZE;
    if (trim(size) != null) {
      long v = positive("size", size.trim(), "每页条数应为 1 到 " + MAX_SIZE + " 之间的整数");
      if (v > MAX_SIZE)
        throw DomainException.invalid(
            "size", "每页条数应为 1 到 " + MAX_SIZE + " 之间的整数；收到“" + shorten(size) + "”");
      s = (int) v;
    }
    if ((long) (p - 1) * s >= MAX_OFFSET) {
      throw DomainException.invalid(
          "page", "页码过大：按页码最多查看前 " + MAX_OFFSET + " 条，请缩小检索范围；通过接口取数可沿上一页给出的续页链接往后翻");
    }
    String order = trim(sort);
    if (order != null && !order.equals("relevance") && !order.equals("date")) {
      throw DomainException.invalid("sort", "排序方式只能是按相关度或按决定日期；收到“" + shorten(sort) + "”");
    }
    String d = limited("domain", domain, "领域");
    String pen = limited("penalty", penalty, "处罚类别");
    String c = trim(cursor);
    if (c != null && !c.matches("[A-Za-z0-9_-]{1,400}"))
      throw DomainException.invalid("cursor", "翻页位置不合法，请从第一页重新检索");
    return new PortalQuery(words, agencyId, d, y, pen, p, s, order, c, null, null, null, null);
  }

  /**
   * The same search narrowed to decision dates and a 罚款金额 band (parameters {@code from}, {@code
   * to}, {@code fine}); every one may be null. Refused naming the parameter.
   */
  public PortalQuery withRanges(String fromDate, String toDate, String fineBand) {
    LocalDate f = date("from", fromDate, "决定日期起");
    LocalDate t = date("to", toDate, "决定日期止");
    if (f != null && t != null && f.isAfter(t))
      throw DomainException.invalid("to", "决定日期止应不早于决定日期起；收到 " + f + " 至 " + t);
    String band = trim(fineBand);
    if (band != null && !FineBand.LABELS.contains(band))
      throw DomainException.invalid(
          "fine", "罚款金额只能是 " + String.join("、", FineBand.LABELS) + " 之一；收到“" + shorten(band) + "”");
    return new PortalQuery(
        q, agencyId, domain, year, penalty, page, size, sort, cursor, f, t, band, category);
  }

  /**
   * The same search narrowed to a 违法行为类别 (parameter {@code category}, as the facet lists it); null
   * or blank means none. Refused naming the parameter when too long.
   */
  public PortalQuery withCategory(String value) {
    String c = limited("category", value, "违法行为类别");
    return new PortalQuery(
        q, agencyId, domain, year, penalty, page, size, sort, cursor, from, to, fine, c);
  }

  private static LocalDate date(String field, String value, String label) {
    String v = trim(value);
    if (v == null) return null;
    try {
      LocalDate d = LocalDate.parse(v);
      if (!d.isBefore(FIRST_DAY) && d.getYear() <= 2100) return d;
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw DomainException.invalid(
        field, label + "应为 1949-10-01 以后的日期，格式如 2024-01-31；收到“" + shorten(v) + "”");
  }

  /** Everything, newest first. */
  public static PortalQuery all() {
    return new PortalQuery(
        null, null, null, null, null, 1, DEFAULT_SIZE, null, null, null, null, null, null);
  }

  public boolean byDate() {
    return sort == null ? q == null : sort.equals("date");
  }

  public PortalQuery withPage(int newPage) {
    return new PortalQuery(
        q, agencyId, domain, year, penalty, newPage, size, sort, null, from, to, fine, category);
  }

  public PortalQuery withSize(int newSize) {
    return new PortalQuery(
        q, agencyId, domain, year, penalty, page, newSize, sort, cursor, from, to, fine, category);
  }

  /** The same search with one filter set (value) or removed (null), back on page 1. */
  public PortalQuery with(String name, String value) {
    String v = trim(value);
    Long a = agencyId;
    String d = domain;
    Integer y = year;
    String pen = penalty;
    LocalDate f = from;
    LocalDate t = to;
    String band = fine;
    String cat = category;
    switch (name) {
      case "agency" -> a = v == null ? null : Long.valueOf(v);
      case "domain" -> d = v;
      case "year" -> y = v == null ? null : Integer.valueOf(v);
      case "penalty" -> pen = v;
      case "fine" -> band = v;
      case "category" -> cat = v;
      case "from" -> f = v == null ? null : LocalDate.parse(v);
      case "to" -> t = v == null ? null : LocalDate.parse(v);
      default -> throw new IllegalArgumentException(name);
    }
    return new PortalQuery(q, a, d, y, pen, 1, size, sort, null, f, t, band, cat);
  }

  /** The parameters, without defaults, in a fixed order. */
  public Map<String, String> parameters() {
    Map<String, String> m = new LinkedHashMap<>();
    if (q != null) m.put("q", q);
    if (agencyId != null) m.put("agency", agencyId.toString());
    if (domain != null) m.put("domain", domain);
    if (year != null) m.put("year", year.toString());
    if (penalty != null) m.put("penalty", penalty);
    if (category != null) m.put("category", category);
    if (from != null) m.put("from", from.toString());
    if (to != null) m.put("to", to.toString());
    if (fine != null) m.put("fine", fine);
    if (sort != null) m.put("sort", sort);
    if (size != DEFAULT_SIZE) m.put("size", Integer.toString(size));
    if (page != 1) m.put("page", Integer.toString(page));
    if (cursor != null) m.put("cursor", cursor);
    return m;
  }

  /** "?q=…&agency=…" or "" — URL-encoded, ready for an href (escape &amp; in markup). */
  public String queryString() {
    StringJoiner j = new StringJoiner("&", "?", "");
    j.setEmptyValue("");
    parameters().forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }

  /**
   * Whether a filter (agency, domain, year, penalty, category, dates or fine) narrows the search.
   */
  public boolean filtered() {
    return agencyId != null
        || domain != null
        || year != null
        || penalty != null
        || from != null
        || to != null
        || fine != null
        || category != null;
  }

  /** The same words and order without filters, on page 1. */
  public PortalQuery withoutFilters() {
    return new PortalQuery(q, null, null, null, null, 1, size, sort, null, null, null, null, null);
  }

  /**
   * The filters in words, e.g. "年份 2019、处罚类别 警告", as the search page, the 订阅 page and the alert
   * mails name them; empty when none. The words {@code q} are not a filter: the caller says them.
   *
   * @param agencyNames 执法机关 names by id; an id without a name reads "编号 N"
   */
  public String filterText(Map<Long, String> agencyNames) {
    List<String> parts = new ArrayList<>();
    if (agencyId != null) parts.add("执法机关 " + agencyNames.getOrDefault(agencyId, "编号 " + agencyId));
    if (domain != null) parts.add("领域 " + domain);
    if (year != null) parts.add("年份 " + year);
    if (penalty != null) parts.add("处罚类别 " + penalty);
    if (category != null) parts.add("违法行为类别 " + category);
    if (fine != null) parts.add("罚款金额 " + fine);
    if (from != null || to != null)
      parts.add(
          "决定日期 " + (to == null ? from + " 以后" : from == null ? to + " 以前" : from + " 至 " + to));
    return String.join("、", parts);
  }

  /** The filters only (no paging), for feeds and downloads. */
  public PortalQuery filtersOnly() {
    return new PortalQuery(
        q, agencyId, domain, year, penalty, 1, DEFAULT_SIZE, sort, null, from, to, fine, category);
  }

  private static long positive(String field, String value, String rule) {
    try {
      long v = Long.parseLong(value);
      if (v >= 1) return v;
    } catch (NumberFormatException e) {
      // fall through
    }
    throw DomainException.invalid(field, rule + "；收到“" + shorten(value) + "”");
  }

  private static String limited(String field, String value, String label) {
    String v = trim(value);
    if (v != null && v.length() > 100)
      throw DomainException.invalid(field, label + "过长：最多 100 个字符");
    return v;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
