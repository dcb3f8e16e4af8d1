package org.sijil.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.server.auth.Session;
import org.sijil.server.auth.Sessions;
import org.sijil.server.http.HttpError;

/** Per-request helpers: language choice, the signed-in session, CSRF checks, cookies. */
public final class Requests {

  public static final String SESSION_COOKIE = "sijil_session";
  public static final String LANG_COOKIE = "sijil_lang";
  public static final String CSRF_FIELD = "_csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private final Sessions sessions;
  private final boolean forceSecure;

  public Requests(Sessions sessions, boolean forceSecure) {
    this.sessions = sessions;
    this.forceSecure = forceSecure;
  }

  /** {@code ?lang=} (remembered in a cookie), else the cookie, else the browser's preference, else English. */
  public Lang lang(Context ctx) {
    Lang chosen = Lang.fromCode(ctx.queryParam("lang"));
    if (chosen != null) {
      setCookie(ctx, LANG_COOKIE, chosen.code(), 365 * 24 * 3600);
      return chosen;
    }
    Lang remembered = Lang.fromCode(ctx.cookie(LANG_COOKIE));
    if (remembered != null) {
      return remembered;
    }
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.strip().toLowerCase(java.util.Locale.ROOT).startsWith("ar") ? Lang.AR : Lang.EN;
  }

  public Optional<Session> session(Context ctx) {
    return sessions.find(ctx.cookie(SESSION_COOKIE));
  }

  /** The signed-in session, or a 401. */
  public Session requireSession(Context ctx) {
    return session(ctx).orElseThrow(() -> new HttpError.Unauthenticated("sign in as an analyst or admin first (POST /api/session or /login)"));
  }

  /** Checks the CSRF token of a state-changing request (form field or header) against the session's. */
  public void checkCsrf(Context ctx, Session session) {
    String sent = ctx.header(CSRF_HEADER);
    if (sent == null) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    if (!constantTimeEquals(sent, session.csrf())) {
      throw new HttpError.Forbidden("missing or wrong CSRF token: reload the page and try again");
    }
  }

  public static boolean constantTimeEquals(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** Sets an HttpOnly, SameSite=Strict cookie; Secure when the request came over HTTPS (or it is forced). */
  public void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
    boolean secure = forceSecure || "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.cookie(new Cookie(name, value, "/", maxAgeSeconds, secure, 0, true, null, null, SameSite.STRICT));
  }

  /** This page's address with the other language chosen (other parameters kept). */
  public static String switchHref(Context ctx, Lang current) {
    Lang other = current == Lang.AR ? Lang.EN : Lang.AR;
    StringBuilder sb = new StringBuilder(ctx.path()).append("?lang=").append(other.code());
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals("lang")) {
        continue;
      }
      for (String v : e.getValue()) {
        sb.append('&').append(encode(e.getKey())).append('=').append(encode(v));
      }
    }
    return sb.toString();
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
