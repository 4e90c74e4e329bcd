package be.werkwinkel.kiosk.base;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * Reads the kiosk's {@code .properties} configuration (the application's own files, a profile
 * such as {@code demo}, a site's file given with {@code spring.config.additional-location}) as
 * UTF-8. Spring Boot reads them as ISO-8859-1 unless a location carries an
 * {@code [encoding=utf-8]} hint, and site files are written by staff in an ordinary editor with
 * French and Dutch accents ("à gauche de l’entrée"): without this they show as mojibake. An
 * explicit hint on a location still wins. ASCII files and {@code \\u} escapes read the same
 * either way. Registered in {@code META-INF/spring.factories} ahead of Boot's own loader.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class Utf8PropertiesLoader extends PropertiesPropertySourceLoader {

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        return load(name, resource, null);
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource, @Nullable Charset encoding) throws IOException {
        return super.load(name, resource, encoding != null ? encoding : StandardCharsets.UTF_8);
    }
}
