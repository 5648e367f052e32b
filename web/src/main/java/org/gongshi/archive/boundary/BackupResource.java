package org.gongshi.archive.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.archive.control.BackupManifest;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.security.CurrentUser;

/** Online backup (admin, audited) and the check of a restored server against a manifest. */
@Path("/backup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "备份与恢复")
public class BackupResource {
  @Inject Backups backups;
  @Inject CurrentUser currentUser;

  /** Where to write: an absolute path on the server that does not exist yet. */
  public record Request(String directory) {}

  @POST
  @Operation(summary = "在线备份：数据库、文件库与清单（manifest.json、SHA256SUMS）写入服务器上的新目录")
  public Response backup(Request request) {
    currentUser.require(Role.ADMIN);
    if (request == null) throw DomainException.invalid("directory", "请求体须为 {\"directory\": 绝对路径}");
    BackupManifest m = backups.backup(request.directory(), currentUser.name());
    backups.recordBackup(currentUser.name(), request.directory(), m);
    return Response.status(Response.Status.CREATED).entity(m).build();
  }

  @POST
  @Path("verify")
  @Operation(summary = "恢复核验：审计链、数量、文件固定性与检索索引，对照备份清单")
  public BackupManifest.Verification verify(BackupManifest manifest) {
    currentUser.require(Role.ADMIN);
    BackupManifest.Verification v = backups.verify(manifest);
    backups.recordVerification(currentUser.name(), manifest, v);
    return v;
  }
}
