package be.werkwinkel.kiosk.cv.ui;

/**
 * The CV wizard's steps, one topic per screen, in order; {@code cv.step.<name>.*} hold each
 * one's title, explanation and example.
 */
enum CvStep implements WizardStep {
    PERSON("cv.step.person", "person."),
    JOBS("cv.step.jobs", "jobs"),
    STUDIES("cv.step.studies", "studies"),
    LANGUAGES("cv.step.languages", "languages"),
    DIGITAL("cv.step.digital", "digitalSkills"),
    LICENCES("cv.step.licences", "licences"),
    SKILLS("cv.step.skills", "skills"),
    ABOUT_ME("cv.step.about-me", "aboutMe"),
    FINISH("cv.step.finish", "");

    private final String key;
    private final String fields;

    CvStep(String key, String fields) {
        this.key = key;
        this.fields = fields;
    }

    @Override
    public boolean owns(String field) {
        return !fields.isEmpty() && field.startsWith(fields);
    }

    @Override
    public String key() {
        return key;
    }
}
