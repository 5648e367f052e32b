package org.gongshi.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SamplingTest {
  static final List<Long> POPULATION = LongStream.rangeClosed(101, 140).boxed().toList();

  @Test
  void theSameSeedPicksTheSameCasesWhateverTheInputOrder() {
    List<Long> a = Sampling.pick(POPULATION, 5, 42L);
    List<Long> b = Sampling.pick(POPULATION.reversed(), 5, 42L);
    assertThat(a).hasSize(5).doesNotHaveDuplicates().isEqualTo(b).allMatch(POPULATION::contains);
    assertThat(Sampling.pick(POPULATION, 5, 43L)).isNotEqualTo(a);
    // pinned: a change of algorithm would make recorded samples irreproducible
    assertThat(a).containsExactly(138L, 105L, 137L, 127L, 135L);
  }

  @Test
  void percentRoundsUpAndCountIsCappedByThePopulation() {
    assertThat(Sampling.size(40, new BigDecimal("10"), null)).isEqualTo(4);
    assertThat(Sampling.size(41, new BigDecimal("10"), null)).isEqualTo(5);
    assertThat(Sampling.size(3, new BigDecimal("1"), null)).isEqualTo(1);
    assertThat(Sampling.size(3, null, 10)).isEqualTo(3);
    assertThat(Sampling.pick(POPULATION, 100, 1L)).hasSize(40);
  }

  @Test
  void exactlyOneOfPercentAndCountWithinBounds() {
    assertThatThrownBy(() -> Sampling.size(10, new BigDecimal("5"), 2))
        .extracting("field")
        .isEqualTo("percent");
    assertThatThrownBy(() -> Sampling.size(10, null, null)).hasMessageContaining("之一");
    assertThatThrownBy(() -> Sampling.size(10, new BigDecimal("120"), null))
        .hasMessageContaining("不超过 100");
    assertThatThrownBy(() -> Sampling.size(10, null, 0)).extracting("field").isEqualTo("count");
  }
}
