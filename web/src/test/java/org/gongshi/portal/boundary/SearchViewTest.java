package org.gongshi.portal.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gongshi.portal.boundary.SearchView.Hidden;
import org.gongshi.portal.control.PortalQuery;
import org.junit.jupiter.api.Test;

class SearchViewTest {

  private static SearchView view(PortalQuery q) {
    return new SearchView("/gongshi", q, null, null, Map.of(2L, "金华市金东区综合行政执法局"));
  }

  @Test
  void theFormHidesEveryFilterButNotItsOwnInputsOrThePaging() {
    PortalQuery q =
        PortalQuery.parse("广告", "2", "市容", "2024", "罚款", "3", "50", "date", "abc")
            .withRanges("2024-01-01", "2024-06-30", "1万至10万元")
            .withCategory("违法建设");

    assertThat(view(q).getHidden())
        .containsExactly(
            new Hidden("agency", "2"),
            new Hidden("domain", "市容"),
            new Hidden("year", "2024"),
            new Hidden("penalty", "罚款"),
            new Hidden("category", "违法建设"),
            new Hidden("fine", "1万至10万元"));
  }

  @Test
  void anUnfilteredSearchHidesNothing() {
    PortalQuery q = PortalQuery.parse("广告", null, null, null, null, "2", null, "relevance", null);

    assertThat(view(q).getHidden()).isEmpty();
    assertThat(view(PortalQuery.all()).getHidden()).isEmpty();
  }

  @Test
  void anEstimatedTotalIsSaidToBeOne() {
    PortalQuery q = PortalQuery.parse("广告", null, null, null, null, null, null, null, null);
    PublicDecisions.Page estimated =
        new PublicDecisions.Page(q, 84_975, java.util.List.of(), Map.of(), null, true);
    PublicDecisions.Page counted =
        new PublicDecisions.Page(q, 975, java.util.List.of(), Map.of(), null, false);

    assertThat(new SearchView("", q, estimated, null, Map.of()).getTotalWord()).isEqualTo("约");
    assertThat(new SearchView("", q, counted, null, Map.of()).getTotalWord()).isEqualTo("共");
    assertThat(new SearchView("", q, estimated, null, Map.of()).getCountWord()).isEqualTo("约");
    assertThat(new SearchView("", q, counted, null, Map.of()).getCountWord()).isEmpty();
  }
}
