package org.gongshi.catalog.control;

import java.util.List;

/** Builds valid catalog items for tests, with one field changed at a time. */
public final class Items {

  private String code = "3307032020001";
  private String name = "对餐饮服务业经营者超过排放标准排放油烟的行政处罚";
  private ItemKind kind = ItemKind.PENALTY;
  private String department = "金华市金东区生态环境分局";
  private ExerciseMode mode = ExerciseMode.DIRECT;
  private LegalBasis basis = new LegalBasis("《中华人民共和国大气污染防治法》", "第一百一十八条第一款", "……处五千元以上五万元以下的罚款……");
  private FineRange range = FineRange.of(5000, 50000);
  private String phone = "0579-82123456";
  private List<DiscretionLevel> levels =
      List.of(
          new DiscretionLevel(1, "一般", "初次被发现且及时改正", FineRange.of(5000, 20000), ""),
          new DiscretionLevel(2, "较重", "拒不改正", FineRange.of(20000, 35000), ""),
          new DiscretionLevel(3, "严重", "造成严重后果", FineRange.of(35000, 50000), "责令停业整治"));

  /** A fresh builder of a valid penalty item. */
  public static Items penalty() {
    return new Items();
  }

  public Items code(String value) {
    code = value;
    return this;
  }

  public Items name(String value) {
    name = value;
    return this;
  }

  public Items kind(ItemKind value) {
    kind = value;
    return this;
  }

  public Items mode(ExerciseMode value) {
    mode = value;
    return this;
  }

  public Items department(String value) {
    department = value;
    return this;
  }

  public Items basis(LegalBasis value) {
    basis = value;
    return this;
  }

  public Items range(FineRange value) {
    range = value;
    return this;
  }

  public Items phone(String value) {
    phone = value;
    return this;
  }

  public Items levels(List<DiscretionLevel> value) {
    levels = value;
    return this;
  }

  public CatalogItemData build() {
    return new CatalogItemData(
        code,
        name,
        kind,
        "生态环境",
        "金华市金东区综合行政执法局",
        department,
        mode,
        basis,
        range,
        "1.立案责任……",
        "1.没有法律或者事实依据实施行政处罚的……",
        new SupervisionChannel(phone, "金东区政务服务中心"),
        levels);
  }
}
