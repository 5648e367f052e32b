package org.gongshi.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators: staff logins, lifting a login delay, setting a new password. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "账号")
public class AccountsResource {
  @Inject Accounts accounts;
  @Inject UserAdministration admin;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建账号：角色、所属机关、初始密码（管理员；密码不回显；记入审计链）")
  public jakarta.ws.rs.core.Response create(UserAdministration.UserInput in) {
    return jakarta.ws.rs.core.Response.status(201).entity(admin.createUser(in)).build();
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改账号的姓名、角色、所属机关、关联执法人员、启用状态（管理员；记入审计链）")
  public Accounts.Account update(
      @PathParam("username") String username, UserAdministration.UserInput in) {
    return admin.updateUser(username, in);
  }

  @GET
  @Path("officers")
  @Operation(summary = "执法人员及其执法证号、有效期（管理员）")
  public List<UserAdministration.OfficerRow> officers() {
    return admin.officers();
  }

  @POST
  @Path("officers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "登记执法人员及其执法证（管理员；记入审计链）")
  public jakarta.ws.rs.core.Response createOfficer(UserAdministration.OfficerInput in) {
    return jakarta.ws.rs.core.Response.status(201).entity(admin.createOfficer(in)).build();
  }

  @PUT
  @Path("officers/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "更新执法人员的执法证号、有效期（管理员；记入审计链）")
  public UserAdministration.OfficerRow updateOfficer(
      @PathParam("id") long id, UserAdministration.OfficerInput in) {
    return admin.updateOfficer(id, in);
  }

  /** A new password. */
  public record NewPassword(String password) {}

  @GET
  @Operation(summary = "工作人员账号及其登录失败次数、当前等待时间（管理员）")
  public List<Accounts.Account> list() {
    return accounts.list();
  }

  @POST
  @Path("{username}/unlock")
  @Operation(summary = "解除账号的登录限制（管理员；记入审计链）")
  public Accounts.Account unlock(@PathParam("username") String username) {
    return accounts.unlock(username);
  }

  @POST
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "重置账号密码（管理员；10–64 个字符，含字母和数字，不含用户名；记入审计链）")
  public Accounts.Account resetPassword(@PathParam("username") String username, NewPassword body) {
    return accounts.resetPassword(username, body == null ? null : body.password());
  }
}
