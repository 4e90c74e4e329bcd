/**
 * The Lucene index of open vacancies: analysis for Dutch (with French and English passing through),
 * document mapping, query building, drill-sideways facet counts, highlighting, spelling help and
 * autocomplete. {@link be.werkwinkel.kiosk.vacancy.index.VacancyIndex} is the only entry point; the
 * database stays the source of truth and the index can always be rebuilt from it.
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li><b>Analysis</b> ({@code TextAnalysis}): standard tokenizer, lower case, accent folding, Dutch
 *       stop words (plus gender tags such as "m/v/x"), Snowball Dutch stemming. Titles and
 *       occupations also get compound splitting at index time ({@code CompoundSplitter}), so
 *       "vrachtwagenchauffeur" is found by "vrachtwagen" and by "chauffeur". Descriptions are not
 *       split: they are long and splitting them finds "arts" in "startsalaris".
 *   <li><b>Synonyms</b> ({@code JobTitleThesaurus}): ESCO labels of one occupation, applied at query
 *       time only, after stemming, so that changing the thesaurus never needs a rebuild.
 *   <li><b>Facets</b> ({@code SidewaysCounting}): one pass over the documents that match the text;
 *       each document is checked against every filter dimension and counted for all dimensions when
 *       it passes all filters, or only for the one dimension it fails. This is what Lucene's
 *       {@code DrillSideways} does, but the enum dimensions are packed into one doc value and the
 *       radius and "posted since" dimensions are computed per document, which {@code DrillSideways}
 *       would need eight collectors for.
 *   <li><b>Autocomplete</b> ({@code Suggestions}): an immutable in-memory table of titles,
 *       occupations and ESCO labels, rebuilt on a background thread after every commit, never
 *       while searching.
 *   <li><b>Highlighting</b> ({@code ResultHighlighter}): Lucene's unified highlighter on offsets
 *       stored in the postings, with our own formatter so that escaping is in one place.
 * </ul>
 */
@NullMarked
package be.werkwinkel.kiosk.vacancy.index;

import org.jspecify.annotations.NullMarked;
