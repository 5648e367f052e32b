package org.gongshi.legal.entity;

import jakarta.persistence.*;

/**
 * One of the seven checks: the finding pre-filled from the file (with a link to the evidence), and
 * the reviewer's verdict and opinion; a verdict against the finding carries a reason.
 */
@Embeddable
public class ReviewCheck {
  @Enumerated(EnumType.STRING)
  private CheckItem item;

  @Enumerated(EnumType.STRING)
  private Finding finding;

  @Column(name = "finding_text")
  private String findingText;

  @Column(name = "evidence_link")
  private String evidenceLink;

  @Enumerated(EnumType.STRING)
  private Verdict verdict;

  private String opinion;

  @Column(name = "override_reason")
  private String overrideReason;

  protected ReviewCheck() {}

  public ReviewCheck(CheckItem item, Finding finding, String findingText, String evidenceLink) {
    this.item = item;
    this.finding = finding;
    this.findingText = findingText;
    this.evidenceLink = evidenceLink;
  }

  public void judge(Verdict verdict, String opinion, String overrideReason) {
    this.verdict = verdict;
    this.opinion = opinion;
    this.overrideReason = overrideReason;
  }

  /** Whether the verdict goes against a definite finding. */
  public static boolean overrides(Finding finding, Verdict verdict) {
    return (finding == Finding.OK && verdict == Verdict.DEFECTIVE)
        || (finding == Finding.PROBLEM && verdict == Verdict.SOUND);
  }

  public CheckItem getItem() {
    return item;
  }

  public Finding getFinding() {
    return finding;
  }

  public String getFindingText() {
    return findingText;
  }

  public String getEvidenceLink() {
    return evidenceLink;
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public String getOpinion() {
    return opinion;
  }

  public String getOverrideReason() {
    return overrideReason;
  }
}
