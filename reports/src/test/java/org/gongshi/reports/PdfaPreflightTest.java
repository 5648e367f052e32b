package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;

/** Validates the archival documents against PDF/A-1b with PDFBox Preflight. */
class PdfaPreflightTest {

  private static final ReportRenderer RENDERER = TestRenderer.get();

  @Test
  void archivalDocumentsAreValidPdfA1b() throws Exception {
    assertValid("decision", RENDERER.penaltyDecisionPdf(Samples.decision(), DecisionVariant.FULL));
    assertValid("cover+catalog", RENDERER.caseFileCoverAndCatalogPdf(Samples.caseFile()));
    assertValid("filing", RENDERER.majorDecisionFilingPdf(Samples.filing()));
  }

  @Test
  void nonArchivalReportIsNotPdfA() throws Exception {
    // negative control: the validator really checks (no output intent, no pdfaid)
    assertThat(validate(RENDERER.caseReviewSheetPdf(Samples.reviewSheet(List.of()))).isValid())
        .isFalse();
  }

  private static void assertValid(String name, byte[] pdf) throws Exception {
    ValidationResult result = validate(pdf);
    List<ValidationResult.ValidationError> errors = result.getErrorsList();
    assertThat(result.isValid())
        .as(
            "%s: %s",
            name,
            errors.stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails())
                .collect(Collectors.joining("; ")))
        .isTrue();
  }

  private static ValidationResult validate(byte[] pdf) throws Exception {
    ValidationResult result;
    PreflightParser parser = new PreflightParser(new RandomAccessReadBuffer(pdf));
    try (PreflightDocument doc = (PreflightDocument) parser.parse()) {
      result = doc.validate();
    }
    return result;
  }
}
