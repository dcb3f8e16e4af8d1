package org.sijil.server.web;

/**
 * Builds HTML where every piece of text and every attribute value is escaped; markup can only come
 * from tag names and constants in this code ({@link #raw} is for such constants and for the SVG
 * this package builds the same way).
 */
public final class Html {

  private final StringBuilder sb = new StringBuilder(4096);

  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (rep != null) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(rep);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Escaped text; null writes nothing. */
  public Html text(Object text) {
    if (text != null) {
      sb.append(escape(text.toString()));
    }
    return this;
  }

  /** Trusted markup: only constants and output of this class. */
  public Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Opens a tag; {@code attrs} are name/value pairs, a null value leaves the attribute out. */
  public Html open(String tag, String... attrs) {
    sb.append('<').append(tag);
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes of <" + tag + "> must be name/value pairs");
    }
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        sb.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
    sb.append('>');
    return this;
  }

  public Html close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attrs>text</tag>}. */
  public Html el(String tag, Object text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
