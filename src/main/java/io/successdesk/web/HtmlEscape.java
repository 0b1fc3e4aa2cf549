package io.successdesk.web;

/** HTML escaping for the servlets' own markup. */
public final class HtmlEscape {

    private HtmlEscape() {
    }

    /** Escapes text for element content and for single- or double-quoted attribute values; null is empty. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
