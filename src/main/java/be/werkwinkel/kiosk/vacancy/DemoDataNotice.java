package be.werkwinkel.kiosk.vacancy;

import be.werkwinkel.kiosk.kiosk.FooterNotice;
import be.werkwinkel.kiosk.vacancy.demo.DemoVacancies;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Says on every screen that the vacancies are demo data, as long as there are demo vacancies. */
@Component
class DemoDataNotice implements FooterNotice {

    private final VacancyService vacancies;

    DemoDataNotice(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    @Override
    public Optional<String> translationKey() {
        return vacancies.hasSource(DemoVacancies.SOURCE) ? Optional.of("vacancy.demoData") : Optional.empty();
    }
}
