package org.gongshi.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.legal.entity.CollectiveDiscussion;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Dates;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/**
 * Collective discussion (集体讨论, Art. 57) of a case by the agency's heads: date, participants (at
 * least the agency's quorum), conclusion, and the minutes as a document of the case file.
 */
@ApplicationScoped
@Transactional
public class Discussions {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject MajorDecisions majors;

  public record DiscussionInput(
      String heldOn, List<String> participants, String conclusion, Long minutesDocumentId) {}

  public record DiscussionView(
      long id,
      long caseId,
      LocalDate heldOn,
      List<String> participants,
      String conclusion,
      long minutesDocumentId) {
    static DiscussionView of(CollectiveDiscussion d) {
      return new DiscussionView(
          d.getId(),
          d.getCaseId(),
          d.getHeldOn(),
          Arrays.asList(d.getParticipants().split("、")),
          d.getConclusion(),
          d.getMinutesDoc());
    }
  }

  public List<DiscussionView> ofCase(long caseId) {
    majors.readable(caseId);
    return list(caseId).stream().map(DiscussionView::of).toList();
  }

  public DiscussionView record(long caseId, DiscussionInput in) {
    AppUser user = currentUser.require(Role.CASE_OFFICER, Role.ADMIN);
    EnforcementCase c = majors.readable(caseId);
    c.requireChangeable();
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    LocalDate held = Dates.requiredPast("heldOn", in.heldOn());
    LocalDate notice = c.getMilestones().get(MilestoneKind.ADVANCE_NOTICE);
    LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
    if (decided != null && held.isAfter(decided))
      throw DomainException.invalid("heldOn", "集体讨论须在作出处罚决定（" + decided + "）之前");
    if (notice == null || held.isBefore(notice))
      throw DomainException.invalid(
          "heldOn", "集体讨论应在事先告知之后进行" + (notice == null ? "，本案尚未记录事先告知" : "（告知日期 " + notice + "）"));
    LocalDate reviewed = c.getMilestones().get(MilestoneKind.LEGAL_REVIEW);
    if (reviewed != null && held.isBefore(reviewed))
      throw DomainException.invalid("heldOn", "集体讨论应在法制审核通过（" + reviewed + "）之后进行");
    if (majors.isMajor(c) && reviewed == null)
      throw DomainException.conflict("heldOn", "重大案件须先经法制审核通过，再提交集体讨论");
    Set<String> people = new LinkedHashSet<>();
    for (String p : in.participants() == null ? List.<String>of() : in.participants()) {
      String name = p == null ? "" : p.strip();
      if (name.isEmpty()) continue;
      if (name.length() > 30 || name.contains("、"))
        throw DomainException.invalid("participants", "参加人员姓名每人不超过30字");
      people.add(name);
    }
    int quorum = majors.settingFor(c.getAgency().getId()).getQuorum();
    if (people.size() < quorum)
      throw DomainException.invalid(
          "participants", "集体讨论参加人员须不少于本机关规定的 " + quorum + " 人，当前 " + people.size() + " 人");
    String conclusion = in.conclusion() == null ? "" : in.conclusion().strip();
    if (conclusion.isEmpty() || conclusion.length() > 2000)
      throw DomainException.invalid("conclusion", "请填写讨论结论（不超过2000字）");
    long minutes =
        Rights.document(
            c,
            in.minutesDocumentId(),
            "minutesDocumentId",
            "集体讨论记录",
            DocumentType.COLLECTIVE_DISCUSSION);
    CollectiveDiscussion d =
        new CollectiveDiscussion(
            caseId,
            held,
            String.join("、", people),
            people.size(),
            conclusion,
            minutes,
            user.getUsername(),
            Instant.now());
    em.persist(d);
    em.flush();
    if (!c.getMilestones().containsKey(MilestoneKind.COLLECTIVE_DISCUSSION))
      c.recordMilestone(MilestoneKind.COLLECTIVE_DISCUSSION, held);
    audit.append(
        user.getUsername(),
        "RECORD_DISCUSSION",
        "CollectiveDiscussion",
        d.getId(),
        caseId,
        held
            + " 集体讨论，参加 "
            + people.size()
            + " 人："
            + String.join("、", people)
            + "；结论："
            + conclusion);
    return DiscussionView.of(d);
  }

  List<CollectiveDiscussion> list(long caseId) {
    return em.createNamedQuery(CollectiveDiscussion.BY_CASE, CollectiveDiscussion.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }
}
