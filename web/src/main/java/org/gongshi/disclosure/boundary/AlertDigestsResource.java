package org.gongshi.disclosure.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.portal.boundary.Alerts;
import org.gongshi.portal.entity.AlertSubscription.Frequency;
import org.gongshi.security.CurrentUser;

/**
 * Sends the portal's alert digests now (administrators; they also go out by themselves). Here, not
 * in the portal, because the portal knows no users.
 */
@Path("/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "公示")
public class AlertDigestsResource {
  @Inject Alerts alerts;
  @Inject CurrentUser currentUser;

  @POST
  @Path("digests")
  @Operation(summary = "立即发送订阅提醒邮件（管理员；即时订阅每分钟、每日订阅每天 8:00 自动发送）")
  public Alerts.Digests send(@QueryParam("frequency") String frequency) {
    currentUser.require(Role.ADMIN);
    Frequency f;
    if ("IMMEDIATE".equals(frequency)) f = Frequency.IMMEDIATE;
    else if (frequency == null || "DAILY".equals(frequency)) f = Frequency.DAILY;
    else throw DomainException.invalid("frequency", "发送频率（frequency）只能是 IMMEDIATE（即时）或 DAILY（每日）");
    return alerts.sendDigests(f);
  }
}
