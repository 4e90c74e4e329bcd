package be.werkwinkel.kiosk.cv;

/**
 * A level of the Common European Framework of Reference for languages, as in the Europass
 * self-assessment grid; each level and skill is explained on screen in one plain sentence
 * ({@code cv.cefr.<skill>.<level>}).
 */
public enum Cefr {
    A1, A2, B1, B2, C1, C2
}
