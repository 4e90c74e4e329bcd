package be.werkwinkel.kiosk.cv.ui;

import java.util.List;

/** The letter wizard's steps; {@code cv.letterStep.<name>.*} hold each one's title, explanation and example. */
enum LetterStep implements WizardStep {
    JOB("cv.letterStep.job", List.of("jobTitle")),
    EMPLOYER("cv.letterStep.employer", List.of("recipient.")),
    SENDER("cv.letterStep.sender", List.of("sender.")),
    TEXT("cv.letterStep.text", List.of("salutation", "paragraphs", "closing")),
    FINISH("cv.letterStep.finish", List.of());

    private final String key;
    private final List<String> fields;

    LetterStep(String key, List<String> fields) {
        this.key = key;
        this.fields = fields;
    }

    @Override
    public boolean owns(String field) {
        return fields.stream().anyMatch(field::startsWith);
    }

    @Override
    public String key() {
        return key;
    }
}
