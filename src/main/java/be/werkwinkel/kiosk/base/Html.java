package be.werkwinkel.kiosk.base;

/**
 * Text made safe to put between HTML tags or in an attribute value. The one HTML escaper of the
 * application: search highlights, imported plain text and generated demo descriptions all use it.
 */
public final class Html {

    private Html() {
    }

    public static String escape(CharSequence text) {
        var result = new StringBuilder(text.length() + 16);
        appendEscaped(result, text, 0, text.length());
        return result.toString();
    }

    /** Appends {@code text[start, end)} escaped: without a substring, for highlighting passages in place. */
    public static void appendEscaped(StringBuilder out, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            var c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
