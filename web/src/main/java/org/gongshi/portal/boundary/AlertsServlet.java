package org.gongshi.portal.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.gongshi.platform.DomainException;
import org.gongshi.portal.control.PortalQuery;

/**
 * The 订阅 page and the links of the alert mails. GET never changes anything (mail scanners follow
 * links): the confirmation and unsubscribe links show one button that posts. A mail client's
 * one-click unsubscribe (RFC 8058) posts to the same address.
 */
@WebServlet(urlPatterns = {"/portal/alerts", "/portal/alerts/*"})
public class AlertsServlet extends HttpServlet {
  static final String STATE = "alerts.state";
  static final String VIEW = "alerts.view";
  static final String ERROR = "alerts.error";
  static final String QUERY = "alerts.query";

  /** What the page shows. */
  public enum State {
    FORM,
    SENT,
    CONFIRM_ASK,
    CONFIRMED,
    UNSUBSCRIBE_ASK,
    UNSUBSCRIBED,
    BAD_LINK
  }

  static final Map<String, String> LABELS =
      Map.of(
          "email", "电子邮箱",
          "frequency", "发送频率",
          "uscc", "统一社会信用代码",
          "q", "检索词",
          "agency", "执法机关",
          "domain", "领域",
          "year", "年份",
          "penalty", "处罚类别");

  @Inject Alerts alerts;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    resp.setHeader("Cache-Control", "no-store");
    String token = req.getParameter("token");
    switch (path(req)) {
      case "" -> {
        req.setAttribute(QUERY, prefill(req));
        show(req, resp, State.FORM, null);
      }
      case "/confirm" -> {
        var v = alerts.byConfirmation(token);
        show(req, resp, v.isPresent() ? State.CONFIRM_ASK : State.BAD_LINK, v);
      }
      case "/unsubscribe" -> {
        var v = alerts.byUnsubscribe(token);
        show(req, resp, v.isPresent() ? State.UNSUBSCRIBE_ASK : State.BAD_LINK, v);
      }
      default -> resp.sendError(404);
    }
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    req.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    String token = req.getParameter("token");
    switch (path(req)) {
      case "" -> subscribe(req, resp);
      case "/confirm" -> {
        var v = alerts.confirm(token);
        show(req, resp, v.isPresent() ? State.CONFIRMED : State.BAD_LINK, v);
      }
      case "/unsubscribe" -> {
        var v = alerts.unsubscribe(token);
        show(req, resp, v.isPresent() ? State.UNSUBSCRIBED : State.BAD_LINK, v);
      }
      default -> resp.sendError(404);
    }
  }

  private void subscribe(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    try {
      String uscc = blank(req.getParameter("uscc")) ? null : req.getParameter("uscc");
      PortalQuery q = uscc == null ? query(req) : null;
      var v = alerts.subscribe(req.getParameter("email"), q, uscc, req.getParameter("frequency"));
      show(req, resp, State.SENT, Optional.of(v));
    } catch (DomainException e) {
      resp.setStatus(e.status());
      String label = e.field() == null ? null : LABELS.get(e.field());
      // most messages name their field already (年份应为…); the rest get the form's label first
      boolean named = label == null || e.getMessage().startsWith(label);
      req.setAttribute(ERROR, (named ? "" : label + "：") + e.getMessage());
      req.setAttribute(QUERY, prefill(req));
      show(req, resp, State.FORM, Optional.empty());
    }
  }

  private static PortalQuery query(HttpServletRequest req) {
    return PortalQuery.parse(
            req.getParameter("q"),
            req.getParameter("agency"),
            req.getParameter("domain"),
            req.getParameter("year"),
            req.getParameter("penalty"),
            null,
            null,
            null,
            null)
        .withCategory(req.getParameter("category"));
  }

  /** The search carried from the search page, for the form; a bad one is dropped. */
  private static PortalQuery prefill(HttpServletRequest req) {
    try {
      return query(req);
    } catch (DomainException e) {
      return PortalQuery.all();
    }
  }

  private static void show(
      HttpServletRequest req,
      HttpServletResponse resp,
      State state,
      Optional<Alerts.AlertView> view)
      throws ServletException, IOException {
    req.setAttribute(STATE, state);
    if (view != null) view.ifPresent(v -> req.setAttribute(VIEW, v));
    if (state == State.BAD_LINK) resp.setStatus(404);
    req.getRequestDispatcher("/portal/alerts.xhtml").forward(req, resp);
  }

  private static String path(HttpServletRequest req) {
    return req.getPathInfo() == null ? "" : req.getPathInfo();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
