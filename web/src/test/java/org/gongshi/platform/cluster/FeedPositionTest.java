package org.gongshi.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPositionTest {
  @Test
  void aNumberCommittedLateIsAskedForAgainUntilItAppears() {
    FeedPosition p = new FeedPosition(10, 60_000);
    p.seen(List.of(11L, 14L), 0);
    assertThat(p.through()).isEqualTo(14);
    assertThat(p.holes(1_000)).containsExactlyInAnyOrder(12L, 13L);

    p.seen(List.of(13L), 2_000); // the slower transaction committed
    assertThat(p.holes(2_000)).containsExactly(12L);
    assertThat(p.through()).isEqualTo(14);
  }

  @Test
  void aNumberThatNeverAppearsIsGivenUpAfterTheHoldTime() {
    FeedPosition p = new FeedPosition(0, 60_000);
    p.seen(List.of(2L), 0);
    assertThat(p.holes(59_999)).containsExactly(1L);
    assertThat(p.holes(60_001)).isEmpty();
  }

  @Test
  void rowsReadAgainMoveNothingBack() {
    FeedPosition p = new FeedPosition(0, 60_000);
    p.seen(List.of(1L, 2L, 3L), 0);
    p.seen(List.of(2L, 3L), 10);
    assertThat(p.through()).isEqualTo(3);
    assertThat(p.holes(10)).isEmpty();
  }

  @Test
  void aRebuildForgetsTheHolesBelowIt() {
    FeedPosition p = new FeedPosition(0, 60_000);
    p.seen(List.of(5L), 0);
    p.reset(9);
    assertThat(p.through()).isEqualTo(9);
    assertThat(p.holes(0)).isEmpty();
  }

  @Test
  void aHugeJumpIsNotWaitedForNumberByNumber() {
    FeedPosition p = new FeedPosition(0, 60_000);
    p.seen(List.of(FeedPosition.MAX_HOLES + 50L), 0);
    assertThat(p.holes(0)).isEmpty();
    assertThat(p.through()).isEqualTo(FeedPosition.MAX_HOLES + 50L);
  }
}
