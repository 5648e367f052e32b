package org.gongshi.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A case-file upload whose declared length is already over the upload limit (plus room for the
 * multipart envelope) is answered 413 naming the limit before a byte of it is read; shorter bodies
 * are counted while they are stored (CaseFiles), so a missing or false length cannot pass either.
 */
@Provider
@PreMatching
public class UploadLimit implements ContainerRequestFilter {
  /** Room for part headers and boundaries around the one file part. */
  static final long ENVELOPE = 64 * 1024;

  private static final java.util.regex.Pattern CASE_FILES =
      java.util.regex.Pattern.compile("/?cases/[^/]+/documents/[^/]+/files/?");

  @Inject Settings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) return;
    // case files only: other multipart forms (a catalog import) have limits and answers of their
    // own
    if (!CASE_FILES.matcher(request.getUriInfo().getPath()).matches()) return;
    long limit = settings.uploadMaxBytes();
    if (declaredLength(request.getHeaderString("Content-Length")) > limit + ENVELOPE) {
      request.abortWith(ErrorMappers.json(Problem.of(413, "file", Sizes.tooLarge(limit))));
    }
  }

  /** The Content-Length header as a number, -1 when absent or not a number. */
  static long declaredLength(String header) {
    if (header == null) return -1;
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
