package org.itaminer.index.query;

/**
 * A search's words are more than a search takes ({@link MeasureQuery#MAX_WORDS} words, or Lucene's clause limit once
 * abbreviations are spelled out). Refused before the index is searched, so the user reads what to do, not Lucene's
 * {@code TooManyClauses}.
 */
public final class QueryTooLongException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int size;
    private final int limit;

    QueryTooLongException(String message, int size, int limit) {
        super(message);
        this.size = size;
        this.limit = limit;
    }

    /** The query has more words than {@link MeasureQuery#MAX_WORDS}. */
    static QueryTooLongException words(int words, int limit) {
        return new QueryTooLongException("the query has " + words + " words; a search takes at most " + limit
                + ": search with fewer words", words, limit);
    }

    /** The query's words and their spellings make more clauses than Lucene searches at once. */
    static QueryTooLongException clauses(int clauses, int limit) {
        return new QueryTooLongException("the query's words and their abbreviations' spellings make " + clauses
                + " alternatives; a search takes at most " + limit + ": search with fewer words", clauses, limit);
    }

    /** How large the query was: its words, or its clauses (see the message). */
    public int size() {
        return size;
    }

    /** The most a search takes, in the same unit as {@link #size()}. */
    public int limit() {
        return limit;
    }
}
