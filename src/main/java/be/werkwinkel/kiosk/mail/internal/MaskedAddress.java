package be.werkwinkel.kiosk.mail.internal;

import java.util.Locale;

/**
 * An e-mail address as staff may see it in the console: enough to tell two messages apart and to
 * recognise the domain of an employer, not enough to write to anyone or to find a visitor. The
 * first letter of the name, the first letter of the domain and its last part:
 * {@code fatima.el-amrani@example.be} is shown as {@code f•••@e•••.be}.
 */
final class MaskedAddress {

    static final String HIDDEN = "•••";

    private MaskedAddress() {
    }

    static String of(String address) {
        var at = address.lastIndexOf('@');
        if (at < 1 || at == address.length() - 1) {
            return HIDDEN;
        }
        var local = address.substring(0, at);
        var domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        var lastDot = domain.lastIndexOf('.');
        var topLevel = lastDot > 0 && lastDot < domain.length() - 1 ? domain.substring(lastDot) : "";
        return first(local) + HIDDEN + "@" + first(domain) + HIDDEN + topLevel;
    }

    private static String first(String text) {
        return new String(Character.toChars(text.codePointAt(0)));
    }
}
