package org.gongshi.catalog.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.catalog.boundary.CatalogViews.ItemDetail;
import org.gongshi.catalog.boundary.CatalogViews.ItemSummary;
import org.gongshi.catalog.control.io.CatalogReader;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.platform.Dates;
import org.gongshi.platform.DomainException;

/** Power lists: public reading and download; import by an administrator. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "权责清单")
public class CatalogResource {
  @Inject Catalogs catalogs;
  @Inject CatalogQueries queries;

  @GET
  @Path("public/catalog")
  @Operation(summary = "权责清单（某日有效的版本；可按机关、执法单位、领域、关键词筛选）")
  public List<ItemSummary> list(
      @QueryParam("agencyId") Long agencyId,
      @QueryParam("date") String date,
      @QueryParam("unit") String unit,
      @QueryParam("domain") String domain,
      @QueryParam("kind") String kind,
      @QueryParam("q") String q) {
    return queries.list(agencyId, Dates.optional("date", date), unit, domain, kind, q);
  }

  @GET
  @Path("public/catalog/{agencyId}/items/{code}")
  public ItemDetail item(
      @PathParam("agencyId") long agencyId,
      @PathParam("code") String code,
      @QueryParam("date") String date) {
    return queries.detail(agencyId, code, Dates.optional("date", date));
  }

  @GET
  @Path("public/catalog/{agencyId}/export.{format}")
  @Operation(summary = "下载权责清单（csv 或 xlsx）")
  public Response export(
      @PathParam("agencyId") long agencyId,
      @PathParam("format") String format,
      @QueryParam("date") String date) {
    String f = format.toLowerCase(Locale.ROOT);
    Agency a = catalogs.agency(agencyId);
    byte[] bytes = catalogs.export(agencyId, Dates.optional("date", date), f);
    String type =
        "xlsx".equals(f)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=UTF-8";
    String name =
        java.net.URLEncoder.encode(
                a.getName() + "权责清单." + f, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
    return Response.ok(bytes, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"catalog." + f + "\"; filename*=UTF-8''" + name)
        .header("Cache-Control", "public, max-age=300")
        .build();
  }

  @GET
  @Path("public/catalog/classification.{format}")
  @Operation(summary = "权责清单分类表（执法单位 → 领域 → 事项数 → 业务主管部门，含小计与合计），pdf 或 xlsx")
  public Response classification(
      @PathParam("format") String format,
      @QueryParam("agencyId") Long agencyId,
      @QueryParam("date") String date) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("pdf") && !f.equals("xlsx"))
      throw DomainException.invalid("format", "格式只能是 pdf 或 xlsx");
    byte[] bytes = queries.classification(agencyId, Dates.optional("date", date), f);
    String type =
        f.equals("pdf")
            ? "application/pdf"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    return Response.ok(bytes, type)
        .header("Content-Disposition", "attachment; filename=\"classification." + f + "\"")
        .build();
  }

  @POST
  @Path("catalog/{agencyId}/import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "导入权责清单（管理员）：dryRun=true 只检查并列出每一处问题，不写入；正式导入全部成功或全部不写入")
  public Response importCatalog(
      @PathParam("agencyId") long agencyId,
      @FormParam("file") EntityPart file,
      @FormParam("effectiveFrom") String effectiveFrom,
      @FormParam("reason") String reason,
      @FormParam("dryRun") @DefaultValue("true") String dryRun,
      @FormParam("withdrawMissing") @DefaultValue("false") String withdrawMissing)
      throws IOException {
    if (file == null)
      throw DomainException.invalid("file", "缺少文件：multipart 字段名应为 file（.csv 或 .xlsx）");
    byte[] bytes;
    try (InputStream in = file.getContent()) {
      bytes = in.readNBytes((int) CatalogReader.DEFAULT_MAX_BYTES + 1);
    }
    Catalogs.ImportResult r =
        catalogs.importFile(
            agencyId,
            file.getFileName().orElse(""),
            bytes,
            Dates.optional("effectiveFrom", effectiveFrom),
            reason,
            Boolean.parseBoolean(dryRun),
            Boolean.parseBoolean(withdrawMissing));
    int status = !r.problems().isEmpty() ? 400 : r.applied() ? 201 : 200;
    return Response.status(status).entity(r).build();
  }
}
