package be.werkwinkel.kiosk.vacancy.index;

/** Text made safe to put between HTML tags or in an attribute value. */
final class Html {

    private Html() {
    }

    static String escape(CharSequence text) {
        var result = new StringBuilder(text.length() + 16);
        appendEscaped(result, text, 0, text.length());
        return result.toString();
    }

    static void appendEscaped(StringBuilder out, CharSequence text, int start, int end) {
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
