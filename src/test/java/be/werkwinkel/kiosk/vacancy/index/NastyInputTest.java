package be.werkwinkel.kiosk.vacancy.index;

import static be.werkwinkel.kiosk.vacancy.index.TestVacancy.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever is typed is plain words: nothing throws, nothing is read as Lucene syntax. */
class NastyInputTest {

    private static final VacancyIndex INDEX = IndexFixture.with(
            vacancy(1, "Kok").in("9000"),
            vacancy(2, "Vrachtwagenchauffeur").description("AND OR NOT title:kok"));

    @AfterAll
    static void close() {
        INDEX.close();
    }

    static String[] inputs() {
        return new String[] {
            "", " ", "\"", "\"*?:(", "*", "?", "kok~2", "title:kok", "(((", ")))", "[a TO z]", "{*}", "-kok",
            "+kok", "kok^10", "AND", "OR NOT", "\\", "/", "//", "&&", "||", "!", "a".repeat(200),
            "kok ".repeat(50), "vrachtwagenchauffeur ".repeat(9), "😀🚚 kok", "\u0000\u0001", "één drie",
            "ß", "中文", "قائد"
        };
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void searching_never_throws(String text) {
        // the place field takes fewer characters than the text one (VacancyQueryTest)
        var near = text.isBlank() ? "9000" : text.substring(0, Math.min(text.length(), VacancyQuery.MAX_NEAR));
        assertThatCode(() -> INDEX.search(TestQuery.text(text).near(near).build()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void suggesting_never_throws(String text) {
        assertThatCode(() -> INDEX.suggest(text, KioskLanguage.DUTCH, 10)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"kok\"", "kok*", "kok?", "(kok)", "+kok", "-kok", "kok:", "kok!", "😀 kok",
        "[kok]", "{kok}", "kok AND", "\\kok", "kok/", "KOK...", "<kok>"})
    void syntax_characters_around_a_word_still_find_it(String text) {
        // 1 has "Kok" as its title, 2 has "title:kok" in its description
        assertThat(IndexFixture.ids(INDEX.search(TestQuery.text(text).build()))).containsExactly(1L, 2L);
    }
}
