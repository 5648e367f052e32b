package org.gongshi.review.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.platform.DomainException;

/**
 * 案卷评查: the standard, seeded samples, scored reviews. The score sheet PDF is under
 * /api/reports/reviews/{id}.pdf.
 */
@Path("/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "案卷评查")
public class ReviewsResource {
  @Inject Reviews reviews;

  @GET
  @Path("standard")
  @Operation(summary = "评查标准：评分项目、否决项、等次线")
  public Reviews.StandardView standard() {
    return reviews.standard();
  }

  @POST
  @Path("sample")
  @Operation(summary = "按年度和机关随机抽取已结案案卷（给定种子可复现），抽取结果留档")
  public Response sample(Reviews.SampleInput in) {
    Reviews.SampleView s = reviews.sample(in);
    return Response.created(URI.create("/api/reviews/samples/" + s.id())).entity(s).build();
  }

  @GET
  @Path("samples/{id}")
  public Reviews.SampleView sampleOf(@PathParam("id") long id) {
    return reviews.getSample(id);
  }

  @POST
  @Operation(summary = "提交案卷评查评分（案卷评查员；仅已结案或已归档案件）")
  public Response review(Reviews.ReviewInput in) {
    Reviews.ReviewView v = reviews.review(in);
    return Response.created(URI.create("/api/reviews/" + v.id())).entity(v).build();
  }

  @GET
  @Path("{id}")
  public Reviews.ReviewView get(@PathParam("id") long id) {
    return reviews.get(id);
  }

  @GET
  @Operation(summary = "某案件的评查记录")
  public List<Reviews.ReviewView> forCase(@QueryParam("caseId") String caseId) {
    if (caseId == null || !caseId.matches("\\d{1,18}"))
      throw DomainException.invalid("caseId", "请以 caseId=案件编号（正整数）查询");
    return reviews.forCase(Long.parseLong(caseId));
  }
}
