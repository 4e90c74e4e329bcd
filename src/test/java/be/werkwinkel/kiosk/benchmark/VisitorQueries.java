package be.werkwinkel.kiosk.benchmark;

import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What visitors at a Flemish werkwinkel ask for: a job word (now and then mistyped, or in Flemish),
 * a contract and a regime chip, and a radius around their postcode. The same seed gives the same
 * queries, so runs on two machines or two versions are comparable.
 */
final class VisitorQueries {

    /** Job words as typed on the kiosk, some of two words. */
    static final List<String> WORDS = List.of("chauffeur", "heftruck", "poetshulp", "verkoper", "kok", "lasser",
            "verpleegkundige", "magazijnier", "vrachtwagenchauffeur", "kassamedewerker", "schoonmaker",
            "elektricien", "bakker", "kinderbegeleider", "magazijnier heftruck", "hulp keuken");
    /** Mistyped: the index's typo tolerance (and "did you mean") has to find these. */
    static final List<String> TYPOS = List.of("heftruk", "chaufeur", "verpleegkundie");
    /** Flemish words for a job that the standard Dutch titles mostly call otherwise (slager, schoonmaakster). */
    static final List<String> DIALECT = List.of("beenhouwer", "kuisvrouw");

    /** Flemish (and Brussels) postcodes: the big cities more often, as at the werkwinkels themselves. */
    static final List<String> POSTCODES = List.of("9000", "9000", "2000", "2000", "1000", "3000", "8000", "3500",
            "2800", "8500", "9300", "2300", "3600", "9100", "8800", "8400", "9880", "3590", "8630", "2440",
            "9700", "3290");

    private VisitorQueries() {
    }

    /** Every text in the mix, for the autocomplete prefixes. */
    static List<String> texts() {
        var all = new ArrayList<String>();
        all.addAll(WORDS);
        all.addAll(TYPOS);
        all.addAll(DIALECT);
        return all;
    }

    /** Text, a contract, a regime and a radius around a postcode; facet counts always come with the result. */
    static List<VacancyQuery> mix(int count, long seed, int pageSize) {
        var random = new Random(seed);
        var texts = texts();
        return IntStream.range(0, count).mapToObj(i -> VacancyQuery.all(pageSize).toBuilder()
                .text(texts.get(random.nextInt(texts.size())))
                .contracts(Set.of(contract(random)))
                .regimes(Set.of(random.nextInt(100) < 60 ? WorkRegime.FULL_TIME : WorkRegime.PART_TIME))
                .near(POSTCODES.get(random.nextInt(POSTCODES.size())))
                .radiusKm(radius(random))
                .build()).toList();
    }

    private static ContractType contract(Random random) {
        var roll = random.nextInt(100);
        return roll < 55 ? ContractType.PERMANENT : roll < 90 ? ContractType.TEMPORARY : ContractType.DAY_CONTRACT;
    }

    private static int radius(Random random) {
        var roll = random.nextInt(100);
        return roll < 15 ? 5 : roll < 50 ? 10 : roll < 85 ? 25 : 50;
    }

    /** Typed prefixes of 2 to 6 letters of the job words, as autocomplete sees them on each key press. */
    static List<String> prefixes() {
        var prefixes = new ArrayList<String>();
        for (var text : texts()) {
            for (int length = 2; length <= Math.min(6, text.length()); length++) {
                prefixes.add(text.substring(0, length));
            }
        }
        return prefixes;
    }

    static VacancyQuery textOnly(VacancyQuery query) {
        return query.toBuilder().withoutFilters().near(null).radiusKm(null).build();
    }

    static VacancyQuery withoutText(VacancyQuery query) {
        return query.toBuilder().text("").build();
    }

    static VacancyQuery withoutRadius(VacancyQuery query) {
        return query.toBuilder().near(null).radiusKm(null).build();
    }

    static VacancyQuery withoutFilters(VacancyQuery query) {
        return query.toBuilder().withoutFilters().build();
    }

    static VacancyQuery onePerPage(VacancyQuery query) {
        return query.toBuilder().pageSize(1).build();
    }
}
