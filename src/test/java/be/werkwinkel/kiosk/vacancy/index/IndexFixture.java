package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.vacancy.SearchResult;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/** Opens indexes on in-memory directories with the shared reference data and today's clock. */
final class IndexFixture {

    private IndexFixture() {
    }

    static VacancyIndex open(Directory directory) {
        return new VacancyIndex(directory, Reference.THESAURUS, Reference.PLACES, Reference.CLOCK);
    }

    /** A new index holding these vacancies, committed with sequence 1. */
    static VacancyIndex with(TestVacancy... vacancies) {
        var index = open(new ByteBuffersDirectory());
        index.upsert(Arrays.stream(vacancies).map(TestVacancy::build).toList());
        index.commit(1);
        index.awaitSuggestions();
        return index;
    }

    static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).map(VacancyId::value).toList();
    }
}
