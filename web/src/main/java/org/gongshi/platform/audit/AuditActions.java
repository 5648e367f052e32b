package org.gongshi.platform.audit;

import java.util.Map;

/**
 * The Chinese name of each action in the audit trail, as pages show it (the code stays in data).
 */
public final class AuditActions {
  private AuditActions() {}

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("OPEN_CASE", "立案登记"),
          Map.entry("UPDATE_CASE", "修改案件信息"),
          Map.entry("RECORD_MILESTONE", "记录办案节点"),
          Map.entry("RECORD_EXTENSION", "记录延长期限"),
          Map.entry("ADD_DOCUMENT", "添加文书"),
          Map.entry("DELETE_DOCUMENT", "删除文书"),
          Map.entry("ATTACH_FILE", "上传文件"),
          Map.entry("DELETE_FILE", "删除文件"),
          Map.entry("ANNOTATE", "添加更正批注"),
          Map.entry("CLOSE_CASE", "结案"),
          Map.entry("SEAL_CASE", "归档封存"),
          Map.entry("EXPORT_CASE", "导出归档包"),
          Map.entry("IMPORT_CASE", "导入归档包"),
          Map.entry("IMPORT_CATALOG", "导入权责清单"),
          Map.entry("LOAD_HOLIDAY_YEAR", "载入节假日数据"),
          Map.entry("FIXITY_CHECK", "文件固定性校验"),
          Map.entry("BACKUP", "在线备份"),
          Map.entry("BACKUP_VERIFIED", "恢复核验"),
          Map.entry("PUBLIC_INDEX_REBUILT", "重建公众检索索引"),
          Map.entry("SEARCH_INDEX_REPAIRED", "修复检索索引"),
          Map.entry("VIEW_PROPOSAL", "查看公示遮盖建议"),
          Map.entry("DISCLOSURE_PROPOSED", "生成公示遮盖建议"),
          Map.entry("DISCLOSURE_MASKED", "调整公示遮盖"),
          Map.entry("DISCLOSURE_APPROVED", "批准公示文本"),
          Map.entry("DISCLOSURE_REAPPROVAL_REQUIRED", "公示文本须重新批准"),
          Map.entry("DISCLOSURE_PUBLISHED", "公示"),
          Map.entry("DISCLOSURE_CORRECTED", "更正公示"),
          Map.entry("DISCLOSURE_OVERRIDE_PUBLISH", "按理由改变公示决定"),
          Map.entry("DISCLOSURE_WITHHELD", "不予公示"),
          Map.entry("DISCLOSURE_WITHDRAWN", "撤回公示"),
          Map.entry("DISCLOSURE_EXPIRED", "公示期满撤下"),
          Map.entry("DISCLOSURE_CREDIT_REPAIRED", "信用修复后撤下"),
          Map.entry("DISCLOSURE_SETTINGS_CHANGED", "修改公示设置"),
          Map.entry("REDACTION_TERMS_CHANGED", "修改保留词和遮盖词"),
          Map.entry("DECISION_CHANGE_RECORDED", "记录处罚决定变更"),
          Map.entry("RECORD_CHANGE", "记录处罚决定变更"),
          Map.entry("CREDIT_REPAIR", "信用修复"),
          Map.entry("RECORD_REMEDY", "记录复议、诉讼"),
          Map.entry("CONCLUDE_REMEDY", "复议、诉讼结果"),
          Map.entry("SAMPLE_FOR_REVIEW", "抽取评查案卷"),
          Map.entry("REVIEW_CASE", "案卷评查"),
          Map.entry("CREATE_REVIEW_CAMPAIGN", "发起评查活动"),
          Map.entry("SAVE_REVIEW_STANDARD", "保存评查标准新版本"),
          Map.entry("SAVE_CAMPAIGN_SCORE", "保存评分表草稿"),
          Map.entry("SUBMIT_CAMPAIGN_SCORE", "提交评分表"),
          Map.entry("REVISE_CAMPAIGN_SCORE", "修改已提交的评分表"),
          Map.entry("CONFIRM_CAMPAIGN_VETO", "第二评查员确认否决"),
          Map.entry("RETURN_CAMPAIGN_VETO", "第二评查员退回否决"),
          Map.entry("CONFIRM_PRECHECK", "确认预检问题"),
          Map.entry("REJECT_PRECHECK", "驳回预检问题"),
          Map.entry("UNLOCK_LOGIN", "解除登录限制"),
          Map.entry("RESET_PASSWORD", "重置密码"),
          Map.entry("ALERT_SUBSCRIBED", "订阅邮件提醒"),
          Map.entry("ALERT_CONFIRMED", "确认邮件提醒订阅"),
          Map.entry("ALERT_UNSUBSCRIBED", "退订邮件提醒"),
          Map.entry("ALERT_DIGEST_SENT", "发送订阅提醒邮件"),
          Map.entry("CREATE_USER", "新建账号"),
          Map.entry("UPDATE_USER", "修改账号"),
          Map.entry("CREATE_OFFICER", "登记执法人员"),
          Map.entry("UPDATE_OFFICER", "更新执法证"),
          Map.entry("ADD_MAJOR_RULE", "新增重大行政处罚决定标准"),
          Map.entry("CHANGE_MAJOR_SETTINGS", "修改重大决定时限设置"),
          Map.entry("MARK_MAJOR", "标记重大案件"),
          Map.entry("RECORD_PROPOSED_PENALTY", "记录告知的拟处罚内容"),
          Map.entry("WAIVE_STATEMENT", "当事人书面放弃陈述申辩"),
          Map.entry("WAIVE_HEARING", "当事人书面放弃听证"),
          Map.entry("REQUEST_HEARING", "当事人申请听证"),
          Map.entry("RECORD_HEARING", "记录听证"),
          Map.entry("SUBMIT_LEGAL_REVIEW", "提交法制审核"),
          Map.entry("EXTEND_LEGAL_REVIEW", "延长法制审核期限"),
          Map.entry("CONCLUDE_LEGAL_REVIEW", "法制审核结论"),
          Map.entry("RECORD_DISCUSSION", "记录集体讨论"),
          Map.entry("FILE_MAJOR_DECISION", "重大行政处罚决定备案"),
          Map.entry("EXAMINE_FILING", "备案审查"),
          Map.entry("ANSWER_FILING", "答复备案审查意见"),
          Map.entry("REFUSED_DECISION", "拒绝记录处罚决定"));

  /** The Chinese name, or a neutral one for an action this list does not know yet. */
  public static String label(String code) {
    return code == null ? "" : LABELS.getOrDefault(code, "系统记录的操作");
  }
}
