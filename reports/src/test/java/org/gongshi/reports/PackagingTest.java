package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.jasperreports.compilers.ReportExpressionEvaluationData;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRReportCompileData;
import org.gongshi.reports.build.ReleaseJavaCompiler;
import org.gongshi.reports.internal.JasperEngine;
import org.junit.jupiter.api.Test;

/** Templates are compiled at build time, cached at run time, and rendering is thread-safe. */
class PackagingTest {

  private static final String[] TEMPLATES = {
    "official-document",
    "case-file-cover",
    "case-file-catalog",
    "case-review-sheet",
    "disclosure-timeliness",
    "annual-statistics",
    "power-list"
  };

  @Test
  void compiledTemplatesFontAndIccAreOnTheClasspathAndNoJrxmlIs() {
    ClassLoader cl = getClass().getClassLoader();
    for (String t : TEMPLATES) {
      assertThat(cl.getResource(JasperEngine.TEMPLATE_DIR + t + ".jasper")).as(t).isNotNull();
      assertThat(cl.getResource(JasperEngine.TEMPLATE_DIR + t + ".jrxml")).as(t).isNull();
    }
    assertThat(cl.getResource(JasperEngine.ICC_PROFILE)).isNotNull();
    assertThat(cl.getResource("org/gongshi/reports/fonts/wqy-microhei.ttf")).isNotNull();
    assertThat(cl.getResource("org/gongshi/reports/fonts/wqy-microhei.LICENSE.txt")).isNotNull();
    // downloaded by the build (fetch-fonts), not in git
    assertThat(cl.getResource("org/gongshi/reports/fonts/NotoSerifSC-Regular.ttf")).isNotNull();
    assertThat(cl.getResource("org/gongshi/reports/fonts/NotoSerifSC-Bold.ttf")).isNotNull();
    assertThat(cl.getResource("org/gongshi/reports/fonts/NotoSerifSC.LICENSE.txt")).isNotNull();
  }

  @Test
  void expressionBytecodeTargetsJava21WhateverTheBuildJdk() {
    JasperEngine engine = new JasperEngine();
    for (String t : TEMPLATES) {
      JasperReport report = engine.template(t);
      assertThat(report.getCompilerClass()).isEqualTo(ReleaseJavaCompiler.class.getName());
      // main dataset: the class bytes of the expression evaluator (simple expressions are direct)
      var data =
          (ReportExpressionEvaluationData)
              ((JRReportCompileData) report.getCompileData()).getMainDatasetCompileData();
      byte[] b = (byte[]) data.getCompileData();
      assertThat(b).as(t).isNotNull();
      assertThat(b[0] & 0xff).isEqualTo(0xCA);
      int major = ((b[6] & 0xff) << 8) | (b[7] & 0xff);
      assertThat(major).as(t).isLessThanOrEqualTo(65); // 65 = Java 21
    }
  }

  @Test
  void templatesAreLoadedOnce() {
    JasperEngine engine = new JasperEngine();
    assertThat(engine.template("power-list")).isSameAs(engine.template("power-list"));
  }

  @Test
  void rendersConcurrently() throws Exception {
    ReportRenderer renderer = TestRenderer.get();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () ->
                    Pdfs.read(
                            renderer.penaltyDecisionPdf(Samples.decision(), DecisionVariant.FULL),
                            "concurrent.pdf")
                        .text()));
      }
      for (Future<String> f : results) {
        assertThat(Pdfs.squash(f.get())).contains("金华市鑫源建材有限公司", "伍万元整");
      }
    } finally {
      pool.shutdown();
    }
  }
}
