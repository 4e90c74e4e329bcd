package be.werkwinkel.kiosk.cv.ui;

import be.werkwinkel.kiosk.cv.Cv;

/** CV step 1: name, the work sought, how to reach the visitor. */
final class PersonStep extends StepForm<Cv> {

    private final PersonFields person;

    PersonStep(Cv cv, StepContext context) {
        person = new PersonFields(fields, "person.", cv.person(), context.places(), context::jobTitles);
        add(person);
    }

    @Override
    Cv collect(Cv cv) {
        return cv.withPerson(person.person(cv.person()));
    }
}
