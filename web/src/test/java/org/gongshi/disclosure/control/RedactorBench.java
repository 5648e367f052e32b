package org.gongshi.disclosure.control;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Proposal time per decision at about 1 KB, 5 KB and 20 KB of facts (UTF-8 bytes), p50 and p99. A
 * plain main method, not a test: timings depend on the machine and are printed, never asserted.
 *
 * <pre>
 * ./mvnw -o -q test-compile -pl web
 * ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test -pl web
 * $JAVA_HOME/bin/java -cp web/target/test-classes:web/target/classes:$(cat /tmp/cp.txt) \
 *     org.gongshi.disclosure.control.RedactorBench [runs]
 * </pre>
 *
 * The facts are built from the sentences of the real-decision test set, so they carry names,
 * numbers and addresses at a realistic density.
 */
public final class RedactorBench {

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    List<RedactionCorpus.Entry> corpus = RedactionCorpus.load();
    StringBuilder pool = new StringBuilder();
    for (RedactionCorpus.Entry e : corpus) pool.append(e.text()).append('\n');
    Redactor redactor = new Redactor(RedactionRules.defaults());
    CaseContext context =
        CaseContext.naturalPerson("王小明", Set.of()).withPublicNames(Set.of("吴昊", "钱立"));
    redactor.propose(pool.substring(0, 2000), context); // load HanLP's dictionaries
    for (int kb : new int[] {1, 5, 20}) {
      String facts = factsOf(pool, kb * 1024);
      for (int i = 0; i < 20; i++) redactor.propose(facts, context); // warm-up
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        redactor.propose(facts, context);
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      System.out.printf(
          "[redaction bench] %2d KB facts (%d chars): p50 %.2f ms, p99 %.2f ms over %d runs%n",
          kb,
          facts.length(),
          nanos[runs / 2] / 1e6,
          nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6,
          runs);
    }
  }

  // the first bytes of the pool, cut at a character boundary, UTF-8 size about {@code bytes}
  private static String factsOf(StringBuilder pool, int bytes) {
    StringBuilder out = new StringBuilder();
    int size = 0;
    for (int i = 0; size < bytes; i = (i + 1) % pool.length()) {
      char c = pool.charAt(i);
      out.append(c);
      size += c < 0x80 ? 1 : 3;
    }
    return out.toString();
  }

  private RedactorBench() {}
}
