package be.werkwinkel.kiosk.cv;

/** How a CV looks on paper; both are A4 with the same content and reading order. */
public enum CvTemplate {
    /** Europass-like: headings in a left column, sober, the layout many employers know. */
    EUROPASS,
    /** Modern: a name banner and a single column, more air. */
    MODERN
}
