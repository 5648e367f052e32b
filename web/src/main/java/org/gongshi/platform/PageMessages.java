package org.gongshi.platform;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A refusal as a page shows it: the field's Chinese name, never its key, then the message. */
public final class PageMessages {
  private PageMessages() {}

  private static final Map<String, String> COMMON =
      Map.ofEntries(
          Map.entry("caseNumber", "案件编号"),
          Map.entry("title", "案由"),
          Map.entry("decisionNumber", "决定书文号"),
          Map.entry("catalogCode", "权责清单事项"),
          Map.entry("discretionLevel", "裁量等级"),
          Map.entry("officerIds", "执法人员"),
          Map.entry("penalties", "处罚内容"),
          Map.entry("procedure", "程序"),
          Map.entry("milestones.DECIDED", "处罚决定"),
          Map.entry("milestones.FILED", "立案"),
          Map.entry("day", "日期"),
          Map.entry("date", "日期"),
          Map.entry("from", "起始日期"),
          Map.entry("changedOn", "变更日期"),
          Map.entry("documentDate", "文书日期"),
          Map.entry("filedOn", "申请（起诉）日期"),
          Map.entry("decidedOn", "决定（裁判）日期"),
          Map.entry("reviewedOn", "评查日期"),
          Map.entry("file", "文件"),
          Map.entry("documentId", "文书"),
          Map.entry("notice", "公告说明"),
          Map.entry("reason", "理由"),
          Map.entry("maskText", "遮盖文字"),
          Map.entry("unmasked", "取消遮盖"),
          Map.entry("approved", "批准"),
          Map.entry("approvedBy", "批准人"),
          Map.entry("status", "状态"),
          Map.entry("agencyId", "执法机关"),
          Map.entry("caseId", "案件"));

  private static final Map<String, String> PARTY_FIELDS =
      Map.of(
          "name", "名称（姓名）",
          "idNumber", "身份证件号码",
          "uscc", "统一社会信用代码",
          "legalRepresentative", "法定代表人（负责人）",
          "address", "地址",
          "kind", "类别",
          "phone", "电话");

  private static final Pattern PARTY = Pattern.compile("parties\\[(\\d+)]\\.(\\w+)");

  /** With the common field names only. */
  public static String of(DomainException e) {
    return of(e, Map.of());
  }

  /** With a page's own field names before the common ones. */
  public static String of(DomainException e, Map<String, String> labels) {
    String label = label(e.field(), labels);
    return label == null ? e.getMessage() : label + "：" + e.getMessage();
  }

  static String label(String field, Map<String, String> labels) {
    if (field == null) return null;
    String known = labels.getOrDefault(field, COMMON.get(field));
    if (known != null) return known;
    Matcher m = PARTY.matcher(field);
    if (m.matches()) {
      String what = PARTY_FIELDS.get(m.group(2));
      return "第 " + (Integer.parseInt(m.group(1)) + 1) + " 个当事人" + (what == null ? "" : "的" + what);
    }
    return null; // a key the page has no name for is left out, never shown
  }
}
