package org.gongshi.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.reports.model.CaseFile;
import org.gongshi.reports.model.CaseFile.CatalogEntry;
import org.gongshi.reports.model.CaseReviewSheet;
import org.gongshi.reports.model.CaseReviewSheet.ScoreItem;
import org.gongshi.reports.model.MajorDecisionFiling;
import org.gongshi.reports.model.Party;
import org.gongshi.reports.model.PenaltyDecision;

/** Realistic Chinese example inputs. */
final class Samples {

  private Samples() {}

  static PenaltyDecision decision() {
    return decision(
        new Party(
            Party.PartyType.ORGANISATION,
            "金华市鑫源建材有限公司",
            "91330703MA2HXXXX3Q",
            "王建国",
            "浙江省金华市金东区多湖街道光南路188号"));
  }

  /** The sample decision against another party. */
  static PenaltyDecision decision(Party party) {
    return new PenaltyDecision(
        "金东综执罚决字〔2024〕第123号",
        "金华市金东区综合行政执法局",
        PenaltyDecision.Procedure.GENERAL,
        party,
        "2024年3月12日，本局执法人员在日常巡查中发现，当事人在金东区多湖街道东湄路与光南路交叉口东北侧，"
            + "未经城市规划主管部门批准，擅自搭建钢结构临时建筑一处，建筑面积约320平方米，用于堆放建筑材料。"
            + "经立案调查，当事人未能提供建设工程规划许可证或者临时建设工程规划许可证。",
        List.of(
            "现场检查笔录及现场照片12张",
            "当事人法定代表人王建国的询问笔录",
            "金华市自然资源和规划局金东分局出具的《规划认定意见书》",
            "当事人营业执照复印件及法定代表人身份证明"),
        "《浙江省城乡规划条例》第四十四条第一款",
        "《中华人民共和国城乡规划法》第六十六条第一项",
        "鉴于当事人系初次违法，且在调查期间积极配合、主动拆除部分违法建筑，根据《金华市城市管理行政处罚裁量基准》，从轻处罚。",
        List.of("责令限期十五日内自行拆除违法建设", "罚款人民币伍万元整（¥50,000.00）"),
        new BigDecimal("50000"),
        new PenaltyDecision.PaymentInstructions(
            "中国农业银行金华金东支行", "金华市金东区财政局非税收入汇缴结算户", "19625101040001234"),
        15,
        "金华市金东区人民政府",
        "金华市婺城区人民法院",
        LocalDate.of(2024, 5, 20));
  }

  static final String AGENCY = "金华市金东区综合行政执法局";
  static final String CASE_TITLE = "金华市鑫源建材有限公司未经规划许可擅自搭建临时建筑案";

  static CaseFile caseFile() {
    String no = "金东综执罚决字〔2024〕第123号";
    List<CatalogEntry> catalog =
        List.of(
            new CatalogEntry(
                "金东综执立字〔2024〕第311号", AGENCY, "立案审批表", LocalDate.of(2024, 3, 13), 1, 1, null),
            new CatalogEntry(null, "李明、赵刚", "现场检查笔录", LocalDate.of(2024, 3, 12), 2, 3, null),
            new CatalogEntry(null, "李明、赵刚", "询问笔录（王建国）", LocalDate.of(2024, 3, 15), 4, 8, null),
            new CatalogEntry(
                null, "金华市自然资源和规划局金东分局", "规划认定意见书", LocalDate.of(2024, 3, 28), 9, 10, null),
            new CatalogEntry(null, "李明、赵刚", "案件调查终结报告", LocalDate.of(2024, 4, 8), 11, 13, null),
            new CatalogEntry(
                "金东综执罚告字〔2024〕第98号", AGENCY, "行政处罚事先告知书", LocalDate.of(2024, 4, 10), 14, 15, null),
            new CatalogEntry(null, AGENCY, "送达回证", LocalDate.of(2024, 4, 11), 16, 16, null),
            new CatalogEntry(null, "法制审核科", "法制审核意见书", LocalDate.of(2024, 5, 10), 17, 18, null),
            new CatalogEntry(null, AGENCY, "集体讨论记录", LocalDate.of(2024, 5, 16), 19, 21, null),
            new CatalogEntry(no, AGENCY, "行政处罚决定书", LocalDate.of(2024, 5, 20), 22, 24, null),
            new CatalogEntry(null, AGENCY, "送达回证", LocalDate.of(2024, 5, 21), 25, 25, null),
            new CatalogEntry(
                null, "中国农业银行金华金东支行", "罚没款缴款凭证", LocalDate.of(2024, 6, 3), 26, 26, "复印件"),
            new CatalogEntry(null, "李明、赵刚", "结案报告", LocalDate.of(2024, 6, 12), 27, 28, null),
            new CatalogEntry(null, "现场照片", "照片证据（12张）", LocalDate.of(2024, 3, 12), 29, 34, null));
    return new CaseFile(
        AGENCY,
        "J043-2024-XZCF-0123",
        no,
        CASE_TITLE,
        "金华市鑫源建材有限公司",
        "责令限期拆除违法建设，罚款人民币50,000元",
        LocalDate.of(2024, 3, 13),
        LocalDate.of(2024, 6, 12),
        "李明（执法证号33070012345）、赵刚（执法证号33070012346）",
        "永久",
        1,
        1,
        "陈晓燕",
        "周伟",
        LocalDate.of(2024, 7, 1),
        catalog);
  }

  static MajorDecisionFiling filing() {
    PenaltyDecision d = decision();
    return new MajorDecisionFiling(
        "金东综执备字〔2024〕第8号",
        "金华市金东区司法局",
        AGENCY,
        d.decisionNumber(),
        CASE_TITLE,
        d.party(),
        "当事人未经规划许可，擅自搭建钢结构临时建筑约320平方米。",
        "责令限期拆除违法建设，罚款人民币伍万元整",
        new BigDecimal("50000"),
        LocalDate.of(2024, 3, 13),
        LocalDate.of(2024, 5, 10),
        "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当，同意作出行政处罚决定。",
        LocalDate.of(2024, 5, 16),
        false,
        d.decisionDate(),
        LocalDate.of(2024, 6, 4),
        List.of("重大行政处罚决定备案报告", "案件调查终结报告", "法制审核意见书", "行政处罚决定书", "结案报告"),
        "陈晓燕",
        "0579-82101234",
        LocalDate.of(2024, 5, 28));
  }

  static CaseReviewSheet reviewSheet(List<String> vetoes) {
    List<ScoreItem> items =
        List.of(
            new ScoreItem("案卷形式", "使用规范文书格式，一案一卷", new BigDecimal("5"), BigDecimal.ZERO, null),
            new ScoreItem(
                "案卷形式", "封面、卷内目录齐全规范，按序排列", new BigDecimal("5"), new BigDecimal("1"), "卷内目录日期填写不全"),
            new ScoreItem("案卷形式", "页码编写规范，装订整齐", new BigDecimal("5"), BigDecimal.ZERO, null),
            new ScoreItem("案卷形式", "备考表填写完整", new BigDecimal("5"), new BigDecimal("2"), "未填写立卷人"),
            new ScoreItem("案卷内容", "执法主体合法，执法人员具备执法资格", new BigDecimal("10"), BigDecimal.ZERO, null),
            new ScoreItem(
                "案卷内容", "事实清楚，证据确凿充分", new BigDecimal("20"), new BigDecimal("3"), "现场照片未注明拍摄时间"),
            new ScoreItem("案卷内容", "适用法律正确，裁量适当", new BigDecimal("20"), BigDecimal.ZERO, null),
            new ScoreItem(
                "案卷内容", "程序合法，文书送达规范", new BigDecimal("20"), new BigDecimal("2.5"), "送达回证缺少送达方式"),
            new ScoreItem(
                "案卷内容", "罚缴分离，执行到位", new BigDecimal("10"), new BigDecimal("12"), "罚款逾期未缴且未申请强制执行"));
    return new CaseReviewSheet(
        "2024年度行政处罚案卷评查",
        AGENCY,
        "金东综执罚决字〔2024〕第123号",
        CASE_TITLE,
        items,
        vetoes,
        null,
        null,
        "孙丽华",
        LocalDate.of(2024, 11, 15));
  }
}
