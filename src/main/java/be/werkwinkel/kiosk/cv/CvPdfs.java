package be.werkwinkel.kiosk.cv;

/**
 * CVs and letters on A4 paper, as PDF: fonts embedded (every Latin diacritic), text selectable
 * and in reading order for recruiters' software, no heading left alone at the foot of a page.
 * Only a CV or letter without {@link CvCheck} problems is rendered. Nothing is written to disk.
 */
public interface CvPdfs {

    /** The CV in its own template and language. */
    byte[] cv(Cv cv);

    /** The letter, in its own language. */
    byte[] letter(Letter letter);
}
