package be.werkwinkel.kiosk.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-facing text comes from {@code i18n/messages*.properties}: Dutch in the base file, French
 * and English beside it. Lookups never fall back to the JVM's default locale, so a French visitor
 * never sees English because the server happens to run in English; a missing key shows as
 * {@code !key!} and is caught by the i18n test long before it reaches a visitor.
 */
@Component
public class KioskTranslations implements I18NProvider {

    public static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(KioskTranslations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return KioskLanguage.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = KioskLanguage.of(locale);
        try {
            var pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, language);
            return "!" + key + "!";
        }
    }
}
