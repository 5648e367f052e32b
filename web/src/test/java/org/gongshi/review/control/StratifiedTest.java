package org.gongshi.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StratifiedTest {
  static final Map<Long, List<Long>> POPULATION =
      Map.of(
          1L, LongStream.rangeClosed(1, 200).boxed().toList(),
          2L, LongStream.rangeClosed(1001, 1040).boxed().toList(),
          3L, LongStream.rangeClosed(2001, 2002).boxed().toList());

  @Test
  void theSameSeedRedrawsTheSameFilesAndAnotherSeedOthers() {
    var a = Stratified.draw(POPULATION, new BigDecimal("5"), 3, 20261206L);
    var b = Stratified.draw(POPULATION, new BigDecimal("5"), 3, 20261206L);
    var c = Stratified.draw(POPULATION, new BigDecimal("5"), 3, 20261207L);
    assertThat(a).isEqualTo(b);
    assertThat(a.get(1L)).isNotEqualTo(c.get(1L));
    assertThat(a.get(2L)).isNotEqualTo(c.get(2L));
    a.forEach((agency, ids) -> assertThat(POPULATION.get(agency)).containsAll(ids));
  }

  @Test
  void everyAgencyGivesItsShareButAtLeastTheMinimumOrAllItHas() {
    var d = Stratified.draw(POPULATION, new BigDecimal("5"), 3, 7L);
    assertThat(d.get(1L)).hasSize(10).doesNotHaveDuplicates(); // 5 % of 200
    assertThat(d.get(2L)).hasSize(3); // 5 % of 40 is 2, the minimum is 3
    assertThat(d.get(3L)).containsExactlyInAnyOrder(2001L, 2002L); // only 2 to give
    assertThat(Stratified.draw(POPULATION, new BigDecimal("5"), 0, 7L).get(2L)).hasSize(2);
  }

  @Test
  void refusesAShareOutsideItsRangeOrADrawTooLarge() {
    assertThatThrownBy(() -> Stratified.draw(POPULATION, BigDecimal.ZERO, 3, 1L))
        .hasMessageContaining("抽取比例应大于 0");
    var big = Map.of(1L, LongStream.rangeClosed(1, 5000).boxed().toList());
    assertThatThrownBy(() -> Stratified.draw(big, new BigDecimal("50"), 3, 1L))
        .hasMessageContaining("最多 1000 件");
  }
}
