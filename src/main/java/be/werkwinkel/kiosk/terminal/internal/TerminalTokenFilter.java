package be.werkwinkel.kiosk.terminal.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} and, when the registry knows the token and it is not
 * revoked, makes the request that terminal's ({@code ROLE_TERMINAL}, the {@link
 * be.werkwinkel.kiosk.terminal.TerminalId} as principal). The registry is asked on every call, not
 * a cache: a revocation takes effect on the terminal's next call. Not a bean: a {@code Filter} bean
 * would also be registered for every request of the servlet container.
 */
final class TerminalTokenFilter extends OncePerRequestFilter {

    static final String ROLE = "TERMINAL";
    private static final String BEARER = "Bearer ";

    private final TerminalRegistry registry;
    private final SecurityContextHolderStrategy contexts;

    TerminalTokenFilter(TerminalRegistry registry, SecurityContextHolderStrategy contexts) {
        this.registry = registry;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            registry.authenticate(header.substring(BEARER.length()).strip()).ifPresent(terminal -> {
                var context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(terminal, null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
                contexts.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
