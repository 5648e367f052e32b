package org.gongshi.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's rules with its counts in memory; {@link SharedLoginThrottleTest} runs them on the
 * shared table.
 */
class LoginThrottleTest {
  private final LoginThrottle.LocalFailures memory = new LoginThrottle.LocalFailures();
  protected LoginThrottle t;

  @BeforeEach
  void create() throws Exception {
    t = newThrottle();
  }

  LoginThrottle newThrottle() throws Exception {
    return new LoginThrottle(memory);
  }

  /** Names and addresses with failures kept. */
  int keptKeys() throws Exception {
    return memory.size();
  }

  /** Fails {@code n} times in a row, each attempt waiting its turn; the total wait. */
  private long failSequentially(String user, String address, int n, long[] clock) {
    long waited = 0;
    for (int i = 0; i < n; i++) {
      long wait = t.admit(user, address, clock[0]);
      assertThat(wait).as("attempt %d", i + 1).isBetween(0L, LoginThrottle.CAP_MS);
      waited += wait;
      clock[0] += wait;
      t.failed(user, address, clock[0]);
      clock[0] += 50; // the round trip
    }
    return waited;
  }

  @Test
  void fiveFailuresCostNothingThenTheDelayDoublesUpToTheCap() {
    assertThat(LoginThrottle.delay(4)).isZero();
    assertThat(LoginThrottle.delay(5)).isEqualTo(1_000);
    assertThat(LoginThrottle.delay(6)).isEqualTo(2_000);
    assertThat(LoginThrottle.delay(9)).isEqualTo(16_000);
    assertThat(LoginThrottle.delay(10)).isEqualTo(30_000);
    assertThat(LoginThrottle.delay(1_000)).isEqualTo(30_000);

    long[] clock = {1_000_000};
    assertThat(failSequentially("officer", "10.0.0.9", 5, clock)).isZero();
    // the sixth waits 1 s after the fifth failure (50 ms of it already gone), the seventh 2 s
    assertThat(failSequentially("officer", "10.0.0.9", 1, clock)).isEqualTo(950);
    assertThat(t.admit("officer", "10.0.0.9", clock[0])).isEqualTo(1_950);
  }

  @Test
  void seventyWrongPasswordsDoNotLockTheUserOut() {
    long[] clock = {5_000_000};
    long waited = failSequentially("officer", "203.0.113.7", 70, clock);
    // the attacker was slowed down: 70 guesses took more than 25 minutes instead of seconds
    assertThat(waited).isGreaterThan(25 * 60_000L);
    // the real user, from another address, right after: waits at most the cap, then gets in
    long wait = t.admit("officer", "10.1.1.1", clock[0]);
    assertThat(wait).isBetween(0L, LoginThrottle.CAP_MS);
    t.succeeded("officer");
    assertThat(t.admit("officer", "10.1.1.1", clock[0] + wait + 100)).isZero();
    assertThat(t.failures("officer", clock[0])).isZero();
  }

  @Test
  void parallelGuessesQueueAndThoseBeyondTheCapAreRefusedUnchecked() {
    long now = 9_000_000;
    for (int i = 0; i < 8; i++) t.failed("legal", "198.51.100.1", now);
    // 8 failures: 8 s apart; the queue holds what fits into the cap, the rest is refused
    int admitted = 0;
    int refused = 0;
    for (int i = 0; i < 20; i++) {
      if (t.admit("legal", "198.51.100." + (i + 2), now) < 0) refused++;
      else admitted++;
    }
    assertThat(admitted).isEqualTo(3); // waits 8, 16, 24 s
    assertThat(refused).isEqualTo(17);
  }

  @Test
  void oneAddressGuessingManyNamesIsSlowedToo() {
    long now = 2_000_000;
    for (int i = 0; i < 8; i++) t.failed("user" + i, "192.0.2.5", now);
    assertThat(t.admit("user99", "192.0.2.5", now)).isEqualTo(8_000);
    assertThat(t.admit("user100", "192.0.2.5", now)).isEqualTo(16_000);
    // another address is not affected by that address's failures
    assertThat(t.admit("user101", "192.0.2.6", now)).isZero();
  }

  @Test
  void failuresDecayOnePerMinuteAndTheAdminCanClearThem() {
    long now = 3_000_000;
    for (int i = 0; i < 7; i++) t.failed("reviewer", "192.0.2.9", now);
    assertThat(t.failures("reviewer", now)).isEqualTo(7);
    assertThat(t.failures("reviewer", now + 3 * LoginThrottle.DECAY_MS)).isEqualTo(4);
    assertThat(t.failures("reviewer", now + 10 * LoginThrottle.DECAY_MS)).isZero();

    for (int i = 0; i < 7; i++) t.failed("reviewer", "192.0.2.9", now);
    assertThat(t.pendingDelay("reviewer", now)).isEqualTo(4_000);
    assertThat(t.clear("reviewer")).isTrue();
    assertThat(t.pendingDelay("reviewer", now)).isZero();
    assertThat(t.clear("reviewer")).isFalse();
  }

  @Test
  void aFloodOfMadeUpNamesDoesNotGrowWithoutBound() throws Exception {
    long now = 4_000_000;
    for (int i = 0; i < LoginThrottle.MAX_KEYS * 3; i++) t.failed("ghost" + i, null, now + i);
    assertThat(keptKeys()).isLessThanOrEqualTo(LoginThrottle.MAX_KEYS);
    // the newest are still counted
    assertThat(
            t.failures(
                "ghost" + (LoginThrottle.MAX_KEYS * 3 - 1), now + LoginThrottle.MAX_KEYS * 3))
        .isEqualTo(1);
  }

  @Test
  void theUserNameOfABasicCredentialIsRead() {
    assertThat(LoginGate.basicUser("b2ZmaWNlcjp3cm9uZw==")).isEqualTo("officer");
    assertThat(LoginGate.basicUser("bm8tY29sb24=")).isNull();
    assertThat(LoginGate.basicUser("%%%")).isNull();
  }
}
