package be.werkwinkel.kiosk.cv;

/** The plain starting points of the letter wizard; each gives its own example paragraphs. */
public enum LetterKind {
    /** An answer to a vacancy (from a saved one, or typed in). */
    VACANCY,
    /** An open application to an employer who has no vacancy out. */
    OPEN_APPLICATION,
    /** A request for a traineeship or a work placement. */
    TRAINEESHIP
}
