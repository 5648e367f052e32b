package org.gongshi.platform;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A generated report as a download: a spreadsheet as an attachment, anything else shown inline, its
 * Chinese file name in {@code filename*} (RFC 6266/5987) with an ASCII name for older clients.
 */
public final class Downloads {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {}

  public static Response file(byte[] bytes, String type, String asciiName, String fileName) {
    String name = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    String disposition = type.equals(XLSX) ? "attachment" : "inline";
    return Response.ok(bytes, type)
        .header(
            "Content-Disposition",
            disposition + "; filename=\"" + asciiName + "\"; filename*=UTF-8''" + name)
        .build();
  }
}
