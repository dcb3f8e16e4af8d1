package org.sijil.server.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.sijil.app.users.Passwords;
import org.sijil.server.auth.LoginThrottle;
import org.sijil.server.auth.Session;
import org.sijil.server.auth.Sessions;
import org.sijil.server.auth.User;
import org.sijil.server.auth.UserStore;
import org.sijil.server.http.HttpError;

/**
 * Signing in and out, for pages ({@code /login}, {@code /logout}) and the API ({@code
 * /api/session}). Failed attempts are throttled per name and per address; the login form carries
 * its own CSRF token (double-submit cookie) since there is no session yet.
 */
public final class AuthHandlers {

  static final String LOGIN_CSRF_COOKIE = "sijil_login_csrf";
  private static final int SESSION_COOKIE_SECONDS = 8 * 3600;

  private final UserStore users;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final Requests requests;

  public AuthHandlers(
      UserStore users, Sessions sessions, LoginThrottle throttle, Requests requests) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.requests = requests;
  }

  public void loginPage(Context ctx) {
    renderLogin(ctx, false);
  }

  private void renderLogin(Context ctx, boolean failed) {
    Lang lang = requests.lang(ctx);
    String token = sessions.token();
    requests.setCookie(ctx, LOGIN_CSRF_COOKIE, token, 3600);
    String next =
        safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
    ctx.html(
        Layout.page(
            lang,
            null,
            null,
            lang.t("login.title"),
            "/login",
            Requests.switchHref(ctx, lang),
            h -> {
              h.el("h1", lang.t("login.title"));
              if (failed) {
                h.el("p", lang.t("login.failed"), "class", "error", "role", "alert");
              }
              h.open("form", "method", "post", "action", "/login", "class", "card login");
              h.open("input", "type", "hidden", "name", Requests.CSRF_FIELD, "value", token);
              h.open("input", "type", "hidden", "name", "next", "value", next);
              h.open("label").text(lang.t("login.name"));
              h.open(
                  "input",
                  "name",
                  "name",
                  "id",
                  "login-name",
                  "autocomplete",
                  "username",
                  "required",
                  "required",
                  "dir",
                  "ltr");
              h.close("label");
              h.open("label").text(lang.t("login.password"));
              h.open(
                  "input",
                  "name",
                  "password",
                  "id",
                  "login-password",
                  "type",
                  "password",
                  "autocomplete",
                  "current-password",
                  "required",
                  "required",
                  "dir",
                  "ltr");
              h.close("label");
              h.open("button", "type", "submit", "id", "login-submit")
                  .text(lang.t("login.title"))
                  .close("button");
              h.close("form");
            }));
  }

  public void loginSubmit(Context ctx) {
    if (!isForm(ctx.contentType())) {
      throw new HttpError(415, "sign in with the form on /login (or POST JSON to /api/session)");
    }
    requests.requireSameOrigin(ctx);
    if (!Requests.constantTimeEquals(
        ctx.formParam(Requests.CSRF_FIELD), ctx.cookie(LOGIN_CSRF_COOKIE))) {
      throw new HttpError.Forbidden(
          "missing or wrong CSRF token: reload the sign-in page and try again");
    }
    Optional<User> user = authenticate(ctx, ctx.formParam("name"), ctx.formParam("password"));
    if (user.isEmpty()) {
      ctx.status(401);
      renderLogin(ctx, true);
      return;
    }
    startSession(ctx, user.get());
    ctx.redirect(safeNext(ctx.formParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void logout(Context ctx) {
    Optional<Session> s = requests.session(ctx);
    if (s.isPresent()) {
      requests.checkCsrf(ctx, s.get());
      sessions.close(s.get().id());
    }
    requests.setCookie(ctx, Requests.SESSION_COOKIE, "", 0);
    ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /**
   * {@code POST /api/session} with JSON {@code {"name","password"}}: sets the cookie, returns the
   * CSRF token.
   */
  public void apiLogin(Context ctx) {
    if (!isJson(ctx.contentType())) {
      throw new HttpError(415, "sign-in takes Content-Type: application/json");
    }
    requests.requireSameOrigin(ctx);
    Credentials c;
    try {
      c = ctx.bodyAsClass(Credentials.class);
    } catch (Exception e) { // Jackson's checked exceptions arrive undeclared through Javalin
      throw new HttpError.BadParameter(
          "body must be JSON {\"name\": \"...\", \"password\": \"...\"}");
    }
    User user =
        authenticate(ctx, c.name(), c.password())
            .orElseThrow(() -> new HttpError.Unauthenticated("wrong user name or password"));
    Session s = startSession(ctx, user);
    ctx.json(Map.of("user", s.user(), "role", s.role().code(), "csrf_token", s.csrf()));
  }

  public void apiLogout(Context ctx) {
    Session s = requests.requireSession(ctx);
    requests.checkCsrf(ctx, s);
    sessions.close(s.id());
    requests.setCookie(ctx, Requests.SESSION_COOKIE, "", 0);
    ctx.status(204);
  }

  private Optional<User> authenticate(Context ctx, String name, String password) {
    if (name == null || password == null) {
      throw new HttpError.BadParameter("user name and password are required");
    }
    String address = requests.clientAddress(ctx);
    long wait = throttle.retryAfterSeconds(name, address);
    if (wait > 0) {
      throw new HttpError.TooManyRequests(
          "too many failed sign-ins; try again in " + wait + " seconds", wait);
    }
    Optional<User> user = users.find(name);
    boolean ok =
        Passwords.verify(password.toCharArray(), user.map(User::passwordHash).orElse(null));
    if (!ok) {
      throttle.failed(name, address);
      return Optional.empty();
    }
    throttle.succeeded(name, address);
    return user;
  }

  private Session startSession(Context ctx, User user) {
    requests.session(ctx).ifPresent(old -> sessions.close(old.id())); // no session fixation
    Session s = sessions.open(user);
    requests.setCookie(ctx, Requests.SESSION_COOKIE, s.id(), SESSION_COOKIE_SECONDS);
    return s;
  }

  static boolean isJson(String contentType) {
    return contentType != null && mediaType(contentType).equals("application/json");
  }

  static boolean isForm(String contentType) {
    if (contentType == null) {
      return false;
    }
    String t = mediaType(contentType);
    return t.equals("application/x-www-form-urlencoded") || t.equals("multipart/form-data");
  }

  private static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip()
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** Where to go after signing in when {@code next} is missing or refused. */
  static final String DEFAULT_NEXT = "/review";

  /** Percent-decoding rounds applied when judging {@code next} (catches double-encoded tricks). */
  private static final int DECODE_ROUNDS = 3;

  /**
   * Only a path on this site may be redirected to after signing in. {@code next} (already decoded
   * once from the query) is refused unless it, and each further percent-decoding of it: starts with
   * one {@code /} not followed by {@code /} or {@code \}; has no control character, space or
   * backslash anywhere (browsers drop tabs and newlines and read {@code \} as {@code /}, so {@code
   * /<TAB>/evil} becomes {@code //evil}); and parses as a URI with no scheme or host.
   */
  static String safeNext(String next) {
    if (next == null || next.length() > 2000) {
      return DEFAULT_NEXT;
    }
    String s = next;
    for (int round = 0; round <= DECODE_ROUNDS; round++) {
      if (!isPlainPath(s)) {
        return DEFAULT_NEXT;
      }
      String decoded;
      try {
        decoded =
            java.net.URLDecoder.decode(
                s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return DEFAULT_NEXT;
      }
      if (decoded.equals(s)) {
        break;
      }
      s = decoded;
    }
    return next;
  }

  private static boolean isPlainPath(String s) {
    if (!s.startsWith("/") || s.startsWith("//")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20
          || c == 0x7F
          || c == '\\'
          || (c >= 0x80 && c <= 0x9F)
          || Character.isWhitespace(c)
          || Character.getType(c) == Character.FORMAT) {
        return false;
      }
    }
    try {
      java.net.URI u = new java.net.URI(s);
      return u.getScheme() == null && u.getRawAuthority() == null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** The body of an API sign-in. */
  public record Credentials(String name, String password) {}
}
