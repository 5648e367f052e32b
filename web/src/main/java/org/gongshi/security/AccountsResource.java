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
