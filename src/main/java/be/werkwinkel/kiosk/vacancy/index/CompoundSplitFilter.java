package be.werkwinkel.kiosk.vacancy.index;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Adds the parts of compound words after each word, at the same position, like Lucene's compound
 * filters, but with the parts {@link CompoundSplitter} finds.
 */
final class CompoundSplitFilter extends CompoundWordTokenFilterBase {

    private final CompoundSplitter splitter;

    CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
        // the base class's own dictionary matching is not used, hence the empty set
        super(input, CharArraySet.EMPTY_SET, 2 * CompoundSplitter.MIN_PART, CompoundSplitter.MIN_PART,
                Integer.MAX_VALUE, false);
        this.splitter = splitter;
    }

    @Override
    protected void decompose() {
        for (var part : splitter.split(termAtt.buffer(), 0, termAtt.length())) {
            tokens.add(new CompoundToken(part.offset(), part.length()));
        }
    }
}
