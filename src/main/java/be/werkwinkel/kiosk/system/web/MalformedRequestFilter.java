package be.werkwinkel.kiosk.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query string cannot be decoded (a {@code %} not followed by two hex
 * digits, or bytes that are not UTF-8) with a 400 problem detail, before any servlet parses it:
 * left to the container, such a request ends as a 500 with a stack trace, or with the broken
 * parameter silently dropped. The log gets one short line without what was typed (it may be a
 * visitor's personal data).
 */
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var query = request.getQueryString();
        if (query != null && !decodable(query)) {
            log.info("Refused {} {}: malformed query string ({} characters)", request.getMethod(),
                    SecurityHeadersFilter.pathOf(request), query.length());
            Problems.write(response, HttpStatus.BAD_REQUEST,
                    "The query string is not valid: use UTF-8 with %-encoding (%XX with two hex digits).");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether every {@code %} starts a two-digit hex escape and the decoded bytes are UTF-8. */
    static boolean decodable(String query) {
        var bytes = ByteBuffer.allocate(query.length() * 4);
        for (var i = 0; i < query.length(); i++) {
            var c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || !HexFormat.isHexDigit(query.charAt(i + 1))
                        || !HexFormat.isHexDigit(query.charAt(i + 2))) {
                    return false;
                }
                bytes.put((byte) HexFormat.fromHexDigits(query, i + 1, i + 3));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
