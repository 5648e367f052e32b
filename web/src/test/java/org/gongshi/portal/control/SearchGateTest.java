package org.gongshi.portal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongshi.search.SearchBusyException;
import org.gongshi.search.SearchUnavailableException;
import org.junit.jupiter.api.Test;

class SearchGateTest {

  @Test
  void noMoreSearchesRunAtOnceThanItsTurns() throws Exception {
    SearchGate gate = new SearchGate(2, Duration.ofSeconds(30));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        all.add(
            pool.submit(
                () ->
                    gate.run(
                        () -> {
                          most.accumulateAndGet(running.incrementAndGet(), Math::max);
                          sleep(5);
                          running.decrementAndGet();
                          return n;
                        })));
      }
      for (int i = 0; i < all.size(); i++) assertThat(all.get(i).get()).isEqualTo(i);
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void aSearchWithoutATurnInTimeIsRefusedAsBusyAndTheGateStaysUsable() throws Exception {
    SearchGate gate = new SearchGate(1, Duration.ofMillis(200));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> holder =
          pool.submit(
              () ->
                  gate.run(
                      () -> {
                        inside.countDown();
                        await(leave);
                        return "first";
                      }));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> gate.run(() -> "second"))
          .isInstanceOf(SearchBusyException.class)
          .isInstanceOf(SearchUnavailableException.class);
      leave.countDown();
      assertThat(holder.get()).isEqualTo("first");
      assertThat(gate.run(() -> "third")).isEqualTo("third");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingSearchGivesItsTurnBack() {
    SearchGate gate = new SearchGate(1, Duration.ofMillis(200));
    assertThatThrownBy(
            () ->
                gate.run(
                    () -> {
                      throw new IllegalStateException("index closed");
                    }))
        .hasMessage("index closed");
    assertThat(gate.run(() -> "next")).isEqualTo("next");
  }

  @Test
  void waitingSearchesRunInTheOrderTheyCame() throws Exception {
    SearchGate gate = new SearchGate(1, Duration.ofSeconds(30));
    CountDownLatch leave = new CountDownLatch(1);
    CountDownLatch inside = new CountDownLatch(1);
    List<Integer> order = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      Future<?> first =
          pool.submit(
              () ->
                  gate.run(
                      () -> {
                        inside.countDown();
                        await(leave);
                        return null;
                      }));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
      List<Future<?>> waiting = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        int n = i;
        waiting.add(pool.submit(() -> gate.run(() -> order.add(n))));
        sleep(50); // each is queued before the next arrives
      }
      leave.countDown();
      first.get();
      for (Future<?> f : waiting) f.get();
    } finally {
      pool.shutdownNow();
    }
    assertThat(order).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void zeroTurnsLeavesSearchesUnlimited() {
    SearchGate gate = new SearchGate(0, Duration.ZERO);
    assertThat(gate.concurrent()).isZero();
    assertThat(gate.run(() -> "free")).isEqualTo("free");
    assertThat(new SearchGate(3, Duration.ZERO).concurrent()).isEqualTo(3);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
