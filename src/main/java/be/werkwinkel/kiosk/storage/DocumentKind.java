package be.werkwinkel.kiosk.storage;

/** What a stored document is; the screens show it as a type and open it accordingly. */
public enum DocumentKind {
    /** A CV, made with the CV wizard. */
    CV,
    /** A (motivation) letter. */
    LETTER,
    /** A vacancy the visitor saved; its content is the vacancy's id ({@link #VACANCY_MEDIA_TYPE}). */
    SAVED_VACANCY;

    /** The media type of a saved vacancy's content: the vacancy id as UTF-8 text. */
    public static final String VACANCY_MEDIA_TYPE = "application/x-werkwinkel-vacancy-id";
}
