package org.gongshi.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  @Test
  void sameSeedSameCorpus() {
    List<CorpusGenerator.Decision> a = new ArrayList<>();
    new CorpusGenerator(7, 50).forEachRemaining(a::add);
    List<CorpusGenerator.Decision> b = new ArrayList<>();
    new CorpusGenerator(7, 50).forEachRemaining(b::add);

    assertThat(a).isEqualTo(b);
  }

  @Test
  void decisionsAreVariedAndOneToThreeKilobytes() {
    Set<String> agencies = new HashSet<>();
    Set<String> domains = new HashSet<>();
    CorpusGenerator corpus = new CorpusGenerator(1, 500);
    while (corpus.hasNext()) {
      CorpusGenerator.Decision d = corpus.next();
      agencies.add(d.agencyId());
      domains.add(d.domain());
      assertThat(d.text().getBytes(StandardCharsets.UTF_8).length).isBetween(1000, 3100);
      assertThat(d.text()).contains(d.party(), d.decisionNumber(), "行政处罚决定书");
    }
    assertThat(agencies).hasSizeGreaterThan(20);
    assertThat(domains).hasSizeGreaterThanOrEqualTo(8);
  }
}
