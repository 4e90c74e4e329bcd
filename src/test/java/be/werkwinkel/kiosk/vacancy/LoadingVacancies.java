package be.werkwinkel.kiosk.vacancy;

/**
 * Puts the application's vacancy service in the state it has while the start-up jobs load the
 * vacancies (searches throw {@link VacancySearch.VacanciesLoading}), until closed.
 */
public final class LoadingVacancies implements AutoCloseable {

    private final VacancyService service;

    private LoadingVacancies(VacancyService service) {
        this.service = service;
        service.holdLoading(true);
    }

    public static LoadingVacancies hold(VacancySearch search) {
        return new LoadingVacancies((VacancyService) search);
    }

    @Override
    public void close() {
        service.holdLoading(false);
    }
}
