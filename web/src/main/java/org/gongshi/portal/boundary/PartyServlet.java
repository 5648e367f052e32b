package org.gongshi.portal.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.gongshi.portal.entity.PublishedDecision;

/**
 * /portal/parties/{统一社会信用代码}: an organisation's published decisions. 404 for a code without a
 * published decision of an organisation (natural persons and withdrawn decisions never show).
 */
@WebServlet(urlPatterns = {"/portal/parties/*"})
public class PartyServlet extends HttpServlet {
  static final String CODE = "party.code";
  static final String DECISIONS = "party.decisions";

  @Inject PartyRecords parties;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    String info = req.getPathInfo();
    Optional<String> code =
        info == null ? Optional.empty() : PartyRecords.normalise(info.substring(1));
    List<PublishedDecision> found = code.map(parties::published).orElse(List.of());
    if (found.isEmpty()) {
      resp.sendError(404);
      return;
    }
    resp.setHeader("Cache-Control", Caching.CACHE_CONTROL);
    req.setAttribute(CODE, code.get());
    req.setAttribute(DECISIONS, found);
    req.getRequestDispatcher("/portal/party.xhtml").forward(req, resp);
  }
}
