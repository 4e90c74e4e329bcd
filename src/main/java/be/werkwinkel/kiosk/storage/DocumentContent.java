package be.werkwinkel.kiosk.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a document holds: bytes of a media type, e.g. {@code application/pdf} or
 * {@code application/json} (a JSON Resume).
 */
public record DocumentContent(byte[] bytes, String mediaType) {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,60}");

    public DocumentContent {
        Objects.requireNonNull(bytes, "bytes");
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("Not a media type: " + mediaType);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
