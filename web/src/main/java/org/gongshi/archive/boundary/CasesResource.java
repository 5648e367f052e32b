package org.gongshi.archive.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.archive.boundary.Inputs.*;
import org.gongshi.archive.boundary.Views.*;
import org.gongshi.archive.entity.CaseStatus;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Settings;

/** Cases, their milestones, documents, files, sealing and archive packages. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "案卷")
public class CasesResource {
  @Inject CaseService cases;
  @Inject CaseQueries queries;
  @Inject CaseFiles files;
  @Inject ArchivePackages packages;
  @Inject CasePdfs documents;
  @Inject Settings settings;

  @GET
  @Operation(summary = "案件列表（仅本机关，管理员可看全部）")
  public Page<CaseSummary> list(
      @QueryParam("q") String q,
      @QueryParam("status") CaseStatus status,
      @QueryParam("procedure") Procedure procedure,
      @QueryParam("agencyId") Long agencyId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return queries.listCases(q, status, procedure, agencyId, page, size);
  }

  @POST
  @Operation(summary = "立案")
  public Response open(@Valid @NotNull(message = "请求体不能为空") CaseInput in) {
    CaseView v = cases.openCase(in);
    return Response.created(URI.create("/api/cases/" + v.id())).entity(v).build();
  }

  @GET
  @Path("{id}")
  public CaseView get(@PathParam("id") long id) {
    return cases.getCase(id);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "修改案件信息（归档后拒绝）")
  public CaseView update(
      @PathParam("id") long id, @Valid @NotNull(message = "请求体不能为空") CaseInput in) {
    return cases.updateCase(id, in);
  }

  @POST
  @Path("{id}/milestones")
  public CaseView milestone(
      @PathParam("id") long id, @Valid @NotNull(message = "请求体不能为空") MilestoneInput in) {
    return cases.recordMilestone(id, in);
  }

  @PUT
  @Path("{id}/violation-day")
  public CaseView violationDay(
      @PathParam("id") long id, @Valid @NotNull(message = "请求体不能为空") ViolationDayInput in) {
    return cases.recordViolationDay(id, in);
  }

  @POST
  @Path("{id}/extension")
  public CaseView extension(
      @PathParam("id") long id, @Valid @NotNull(message = "请求体不能为空") ExtensionInput in) {
    return cases.recordExtension(id, in);
  }

  @POST
  @Path("{id}/documents")
  public Response addDocument(
      @PathParam("id") long id, @Valid @NotNull(message = "请求体不能为空") DocumentInput in) {
    DocumentView d = files.addDocument(id, in);
    return Response.status(201).entity(d).build();
  }

  @DELETE
  @Path("{id}/documents/{docId}")
  public Response deleteDocument(@PathParam("id") long id, @PathParam("docId") long docId) {
    files.deleteDocument(docId);
    return Response.noContent().build();
  }

  /** multipart/form-data with one part named "file"; the size limit is enforced while streaming. */
  @POST
  @Path("{id}/documents/{docId}/files")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "上传文件（按内容识别类型；大小上限可配置）")
  public Response upload(
      @PathParam("id") long id, @PathParam("docId") long docId, @FormParam("file") EntityPart file)
      throws IOException {
    if (file == null)
      throw DomainException.invalid("file", "缺少文件：请以 multipart/form-data 上传，字段名为 file");
    try (InputStream in = file.getContent()) {
      FileView f =
          files.attachFile(docId, file.getFileName().orElse(null), in, settings.uploadMaxBytes());
      return Response.status(201).entity(f).build();
    }
  }

  @DELETE
  @Path("{id}/files/{fileId}")
  public Response deleteFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
    files.deleteFile(fileId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/close")
  public CaseView close(@PathParam("id") long id) {
    return cases.closeCase(id);
  }

  @POST
  @Path("{id}/seal")
  @Operation(summary = "归档封存（缺少必备文书时返回 409 与缺少清单）")
  public CaseView seal(@PathParam("id") long id) {
    return cases.sealCase(id);
  }

  @POST
  @Path("{id}/annotations")
  public Response annotate(
      @PathParam("id") long id, @Valid @NotNull(message = "请求体不能为空") AnnotationInput in) {
    return Response.status(201).entity(cases.annotate(id, in)).build();
  }

  @GET
  @Path("{id}/audit")
  public List<AuditEntryView> audit(@PathParam("id") long id) {
    return cases.auditOf(id);
  }

  @GET
  @Path("{id}/decision.pdf")
  @Produces("application/pdf")
  @Operation(summary = "行政处罚决定书（PDF/A）")
  public Response decisionPdf(@PathParam("id") long id) {
    return pdf(documents.decisionPdf(id), "行政处罚决定书.pdf");
  }

  @GET
  @Path("{id}/filing-report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "重大行政处罚决定备案报告（PDF/A）；非重大决定返回 409")
  public Response filingReportPdf(
      @PathParam("id") long id,
      @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
    return pdf(
        documents.filingReportPdf(
            id, security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName()),
        "重大行政处罚决定备案报告.pdf");
  }

  @GET
  @Path("{id}/cover.pdf")
  @Produces("application/pdf")
  @Operation(summary = "卷宗封面与卷内目录（PDF/A）")
  public Response coverPdf(@PathParam("id") long id) {
    return pdf(documents.coverAndCatalogPdf(id), "卷宗封面及卷内目录.pdf");
  }

  private static Response pdf(byte[] bytes, String fileName) {
    String name = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(bytes, "application/pdf")
        .header(
            "Content-Disposition", "inline; filename=\"document.pdf\"; filename*=UTF-8''" + name)
        .build();
  }

  @GET
  @Path("{id}/export")
  @Produces("application/zip")
  @Operation(summary = "导出已归档案卷（ZIP：按目录顺序的文件与 manifest.json）")
  public Response export(@PathParam("id") long id) {
    ArchivePackages.Exported e = packages.export(id);
    StreamingOutput body = out -> out.write(e.zip());
    String name =
        java.net.URLEncoder.encode(e.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(body, "application/zip")
        .header(
            "Content-Disposition", "attachment; filename=\"case.zip\"; filename*=UTF-8''" + name)
        .build();
  }

  @POST
  @Path("import")
  @Consumes("application/zip")
  @Operation(summary = "导入案卷 ZIP，恢复已归档案件")
  public Response importPackage(InputStream zip) throws IOException {
    // streamed: each file at most the upload limit, the whole package at most four times it
    CaseView v =
        packages.importPackage(zip, settings.uploadMaxBytes(), settings.uploadMaxBytes() * 4);
    return Response.created(URI.create("/api/cases/" + v.id())).entity(v).build();
  }
}
