package org.gongshi.archive.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gongshi.archive.boundary.Views.FileView;

/** A stored file's metadata, its bytes and its extracted text. */
@Path("/files")
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {
  @Inject FileAccess files;

  @GET
  @Path("{id}")
  public FileView get(@PathParam("id") long id) {
    return files.view(id);
  }

  @GET
  @Path("{id}/text")
  @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
  public String text(@PathParam("id") long id) {
    return files.text(id);
  }

  @GET
  @Path("{id}/content")
  public Response content(@PathParam("id") long id) {
    FileView f = files.view(id);
    StreamingOutput body =
        out -> {
          try (InputStream in = files.open(id)) {
            in.transferTo(out);
          }
        };
    String name = URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(body, f.mediaType())
        .header("Content-Disposition", "attachment; filename=\"file\"; filename*=UTF-8''" + name)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
