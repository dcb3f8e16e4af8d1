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
import org.sijil.app.users.Role;
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
  private final boolean behindProxy;

  public Requests(Sessions sessions, boolean forceSecure) {
    this(sessions, forceSecure, false);
  }

  /**
   * @param behindProxy trust {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and the last
   *     {@code X-Forwarded-For} address (only a proxy in front may set them)
   */
  public Requests(Sessions sessions, boolean forceSecure, boolean behindProxy) {
    this.sessions = sessions;
    this.forceSecure = forceSecure;
    this.behindProxy = behindProxy;
  }

  /**
   * True when the client reached us over HTTPS: directly, or (behind a proxy only) as the proxy
   * says.
   */
  public boolean isHttps(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || (behindProxy && "https".equalsIgnoreCase(firstValue(ctx.header("X-Forwarded-Proto"))));
  }

  /** The client's address: the socket's, or behind a proxy the last address the proxy appended. */
  public String clientAddress(Context ctx) {
    String forwarded = behindProxy ? ctx.header("X-Forwarded-For") : null;
    if (forwarded != null && !forwarded.isBlank()) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return ctx.ip();
  }

  /** This server's origin as the browser sees it, e.g. {@code https://sijil.example}. */
  public String origin(Context ctx) {
    String host =
        behindProxy && ctx.header("X-Forwarded-Host") != null
            ? firstValue(ctx.header("X-Forwarded-Host"))
            : ctx.header("Host");
    return (isHttps(ctx) ? "https" : "http") + "://" + (host == null ? "" : host.strip());
  }

  /**
   * Whether a state-changing request comes from our own pages, by what the browser says: the {@code
   * Sec-Fetch-Site} header when sent (must be {@code same-origin}), else {@code Origin} (must be
   * this origin), else {@code Referer} (must be on this origin). A request with none of them is not
   * from a modern browser page (curl, scripts) and is let through: CSRF tokens still apply.
   */
  public boolean isSameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      return site.equalsIgnoreCase("same-origin");
    }
    String ours = origin(ctx);
    String origin = ctx.header("Origin");
    if (origin != null) {
      return origin.equalsIgnoreCase(ours);
    }
    String referer = ctx.header("Referer");
    if (referer != null) {
      return referer.regionMatches(true, 0, ours + "/", 0, ours.length() + 1);
    }
    return true;
  }

  /** Throws 403 unless {@link #isSameOrigin}. */
  public void requireSameOrigin(Context ctx) {
    if (!isSameOrigin(ctx)) {
      throw new HttpError.Forbidden(
          "cross-site request refused: sign in from this site's own pages");
    }
  }

  private static String firstValue(String header) {
    if (header == null) {
      return null;
    }
    int comma = header.indexOf(',');
    return (comma < 0 ? header : header.substring(0, comma)).strip();
  }

  /**
   * {@code ?lang=} (remembered in a cookie), else the cookie, else the browser's preference, else
   * English.
   */
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
    return accept != null && accept.strip().toLowerCase(java.util.Locale.ROOT).startsWith("ar")
        ? Lang.AR
        : Lang.EN;
  }

  public Optional<Session> session(Context ctx) {
    return sessions.find(ctx.cookie(SESSION_COOKIE));
  }

  /** The signed-in session, or a 401. */
  public Session requireSession(Context ctx) {
    return session(ctx)
        .orElseThrow(
            () -> new HttpError.Unauthenticated("sign in first (POST /api/session or /login)"));
  }

  /**
   * The signed-in session if its role allows what {@code needed} may do: a 401 without a session
   * (pages redirect to sign-in), a 403 naming the role needed when the role is lower.
   */
  public Session requireRole(Context ctx, Role needed) {
    Session s = requireSession(ctx);
    if (!s.role().allows(needed)) {
      throw new HttpError.Forbidden(
          "signed in as "
              + s.role().code()
              + ": this needs the "
              + needed.code()
              + " role or higher; nothing was changed");
    }
    return s;
  }

  /**
   * Checks the CSRF token of a state-changing request (form field or header) against the session's.
   */
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
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sets an HttpOnly, SameSite=Strict cookie; Secure when the request came over HTTPS ({@link
   * #isHttps}), or it is forced.
   */
  public void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
    boolean secure = forceSecure || isHttps(ctx);
    ctx.cookie(
        new Cookie(name, value, "/", maxAgeSeconds, secure, 0, true, null, null, SameSite.STRICT));
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
