package be.werkwinkel.kiosk.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer, error pages included.
 *
 * <p>The Content-Security-Policy is as strict as Vaadin Flow 25 allows: its client runs the
 * server's {@code executeJs} calls through {@code new Function} and its bootstrap page carries an
 * inline script, so scripts need {@code 'unsafe-inline'} and {@code 'unsafe-eval'}; Lumo and the
 * components set inline styles. Everything else comes from the kiosk itself: no other origin for
 * anything, no plug-ins, no framing, no form posting elsewhere. Push uses a WebSocket to the same
 * origin, which {@code 'self'} covers.
 *
 * <p>Pages, UIDL and push answers, API answers and session resources (a vacancy's QR code) are
 * {@code no-store}: a browser must keep nothing of one visitor for the next. Vaadin's static
 * files (the bundle, fonts, icons) keep their own caching.
 *
 * <p>When Spring Security arrives with the admin console, these headers move into its
 * {@code HttpSecurity.headers(...)} configurer and this filter goes.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Files that are the same for every visitor; everything else may depend on a session. */
    private static final Pattern STATIC = Pattern.compile(
            "/VAADIN/(?!dynamic/).*|/(styles|icons|images|fonts|themes)/.*|/favicon\\.ico|/sw\\.js|/manifest\\.webmanifest");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!STATIC.matcher(pathOf(request)).matches()) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static String pathOf(HttpServletRequest request) {
        var uri = request.getRequestURI();
        var context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // an error page needs the headers as much as any page
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
