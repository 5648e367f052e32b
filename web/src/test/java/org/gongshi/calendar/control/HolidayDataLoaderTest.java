package org.gongshi.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.calendar.control.WorkingCalendarTest.stream;

import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayDataLoaderTest {

  @Test
  void loads_every_bundled_year() {
    assertThat(HolidayDataLoader.loadAllBundled())
        .extracting(HolidayYear::year)
        .containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    HolidayYear y2026 = HolidayDataLoader.loadBundled(2026);
    assertThat(y2026.days()).hasSize(39);
    assertThat(y2026.days().get(3))
        .isEqualTo(new HolidayDay(LocalDate.of(2026, 1, 4), "元旦", false));
  }

  @Test
  void keeps_the_mit_notice_beside_the_data() throws Exception {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("calendar/holiday-cn/LICENSE")) {
      assertThat(new String(in.readAllBytes(), "UTF-8"))
          .contains("MIT License", "Copyright (c) 2019 NateScarlet");
    }
  }

  @Test
  void accepts_late_december_of_the_year_before() {
    HolidayYear y2019 = HolidayDataLoader.loadBundled(2019);
    assertThat(y2019.days().getFirst().date()).isEqualTo(LocalDate.of(2018, 12, 29));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}  | JSON 格式错误（第1行
          ''                                                                                 | 文件为空
          [1, 2]                                                                             | 文件内容应为 JSON 对象
          {"days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}               | 缺少整数字段 year
          {"year": "2027", "days": []}                                                       | 缺少整数字段 year
          {"year": 2027, "days": []}                                                         | days 数组或数组为空
          {"year": 2027, "days": [{"name": "元旦", "date": "2026-01-01", "isOffDay": true}]} | 第1条：日期 2026-01-01 不属于2027年
          {"year": 2027, "days": [{"name": "元旦", "date": "2028-01-01", "isOffDay": true}]} | 第1条：日期 2028-01-01 不属于2027年
          {"year": 2027, "days": [{"name": "春节", "date": "2027-02-30", "isOffDay": true}]} | 第1条：日期“2027-02-30”无效
          {"year": 2027, "days": [{"name": "春节", "date": "2027/02/08", "isOffDay": true}]} | 第1条：日期“2027/02/08”无效
          {"year": 2027, "days": [{"name": "春节", "date": "2027-02-08"}]}                   | 第1条：isOffDay 应为 true 或 false
          {"year": 2027, "days": [{"name": "春节", "date": "2027-02-08", "isOffDay": "yes"}]} | 第1条：isOffDay 应为 true 或 false
          {"year": 2027, "days": [{"name": " ", "date": "2027-02-08", "isOffDay": true}]}    | 第1条：缺少节日名称 name
          {"year": 2027, "year": 2028, "days": []}                                           | Duplicate field 'year'
          """)
  void rejects_a_bad_upload_with_a_message(String json, String expected) {
    assertThatThrownBy(() -> HolidayDataLoader.load(stream(json)))
        .isInstanceOf(InvalidHolidayDataException.class)
        .hasMessageStartingWith("节假日数据无效：")
        .hasMessageContaining(expected);
  }

  @Test
  void reports_every_problem_at_once() {
    String json =
        """
        {"year": 2027, "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "春节", "date": "2027-13-01", "isOffDay": true},
          "春节"
        ]}
        """;
    assertThatThrownBy(() -> HolidayDataLoader.load(stream(json)))
        .isInstanceOfSatisfying(
            InvalidHolidayDataException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "第2条：日期 2027-01-01 重复",
                        "第3条：日期“2027-13-01”无效，应为 yyyy-MM-dd",
                        "第4条：应为 JSON 对象"));
  }
}
