package be.werkwinkel.kiosk.cv;

import be.werkwinkel.kiosk.storage.DocumentContent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How CVs and letters are kept in personal storage: as JSON of their own media type, so that they
 * open again in the wizard. The PDF is made from it whenever it is needed, never stored.
 */
public final class CvDocuments {

    public static final String CV_MEDIA_TYPE = "application/vnd.werkwinkel.cv+json";
    public static final String LETTER_MEDIA_TYPE = "application/vnd.werkwinkel.letter+json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CvDocuments() {
    }

    public static DocumentContent content(Cv cv) {
        return new DocumentContent(JSON.writeValueAsBytes(cv), CV_MEDIA_TYPE);
    }

    public static DocumentContent content(Letter letter) {
        return new DocumentContent(JSON.writeValueAsBytes(letter), LETTER_MEDIA_TYPE);
    }

    /** The CV kept in this content; a CV saved by an older version reads with what it had. */
    public static Cv cv(DocumentContent content) {
        requireType(content, CV_MEDIA_TYPE);
        return JSON.readValue(content.bytes(), Cv.class);
    }

    public static Letter letter(DocumentContent content) {
        requireType(content, LETTER_MEDIA_TYPE);
        return JSON.readValue(content.bytes(), Letter.class);
    }

    private static void requireType(DocumentContent content, String mediaType) {
        if (!content.mediaType().equals(mediaType)) {
            throw new IllegalArgumentException("Not " + mediaType + ": " + content.mediaType());
        }
    }

}
