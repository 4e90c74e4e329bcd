package be.werkwinkel.kiosk.appointment;

/** What a site is; shown as a pictogram and a word. */
public enum SiteKind {
    /** A job shop (werkwinkel): the full service, usually in a town centre. */
    JOB_SHOP,
    /** A neighbourhood point (werkantenne, wijkpunt): a smaller place with fewer hours. */
    NEIGHBOURHOOD_POINT
}
