package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.KioskTranslations;
import be.werkwinkel.kiosk.cv.CvCheck;
import be.werkwinkel.kiosk.cv.CvPdfs;
import be.werkwinkel.kiosk.cv.CvPreview;
import be.werkwinkel.kiosk.cv.CvTransfer;
import be.werkwinkel.kiosk.cv.JsonResume;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PDF, preview and JSON Resume in every role (a terminal makes PDFs offline too); what needs
 * personal storage (the document formats of "Mijn documenten", the JSON Resume transfer) only
 * where storage is: standalone and hub.
 */
@Configuration(proxyBeanMethods = false)
class CvConfiguration {

    @Bean
    CvPdfs cvPdfs(KioskTranslations translations, Clock clock) {
        return new HtmlPdfs(translations, new CvCheck(clock));
    }

    @Bean
    CvPreview cvPreview() {
        return new PdfBoxPreview();
    }

    @Bean
    JsonResume jsonResume(KioskTranslations translations, Clock clock) {
        return new JsonResumeFormat(translations, new CvCheck(clock));
    }

    /** In every role: a terminal's "Mijn documenten" opens and prints CVs and letters from the hub too. */
    @Bean
    DocumentFormat cvDocumentFormat(CvPdfs pdfs) {
        return new CvDocumentFormat.CvFormat(pdfs);
    }

    @Bean
    DocumentFormat letterDocumentFormat(CvPdfs pdfs, KioskTranslations translations) {
        return new CvDocumentFormat.LetterFormat(pdfs, translations);
    }

    @ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
    @Configuration(proxyBeanMethods = false)
    static class WithStorage {

        @Bean
        CvTransfer cvTransfer(PersonalStorage storage, JsonResume jsonResume) {
            return new VisitorCvTransfer(storage, jsonResume);
        }
    }
}
