package org.gongshi.reports;

/** One renderer shared by all tests (templates and fonts load once). */
final class TestRenderer {

  private static final ReportRenderer INSTANCE = new ReportRenderer();

  private TestRenderer() {}

  static ReportRenderer get() {
    return INSTANCE;
  }
}
