package be.werkwinkel.kiosk.cv.ui;

/** A step of a wizard: its translation keys and which field paths it holds. */
interface WizardStep {

    /** The prefix of {@code .title}, {@code .explanation} and {@code .example}. */
    String key();

    /** Whether a problem at this field path (see {@code FieldProblem#field}) belongs to this step. */
    boolean owns(String field);
}
