package org.itaminer.index.query;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.itaminer.index.write.MeasureFields;

/**
 * The best passage of each hit, its matches in {@code <b>…</b>}, at most {@value #SNIPPET_CHARS} characters. A
 * passage is a line of the stored text (a title, a step, a name). The highlighter segments each hit's stored text
 * again (the index keeps no offsets), a few milliseconds for ten hits on one core, so the hits are shared among the
 * search threads.
 */
final class Snippets {

    private static final int SNIPPET_CHARS = 240;
    /** Fewer hits than this are highlighted on the calling thread alone. */
    private static final int SNIPPETS_PER_TASK = 3;

    private final Analyzer analyzer;
    private final ExecutorService executor;
    private final int threads;

    /**
     * @param analyzer the index chain, to find the query's words in the stored text
     * @param executor the search threads
     * @param threads how many of them
     */
    Snippets(Analyzer analyzer, ExecutorService executor, int threads) {
        this.analyzer = analyzer;
        this.executor = executor;
        this.threads = threads;
    }

    /** The snippet of each of {@code top}'s hits for {@code query} (made of phrase queries), null when none. */
    String[] of(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        int parts = Math.min(threads, docs.length / SNIPPETS_PER_TASK);
        String[] out = new String[docs.length];
        List<Future<String[]>> tasks = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < parts - 1; p++) {
            int start = from;
            int end = from + docs.length / parts;
            tasks.add(executor.submit(() -> highlight(searcher, query, top, start, end)));
            from = end;
        }
        String[] last = highlight(searcher, query, top, from, docs.length);
        System.arraycopy(last, 0, out, from, last.length);
        int at = 0;
        for (Future<String[]> task : tasks) {
            String[] part;
            try {
                part = task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while highlighting");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("highlighting failed", e.getCause());
            }
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        for (int i = 0; i < out.length; i++) {
            // the words of an unquoted query are marked one by one: words side by side read as one mark
            out[i] = out[i] == null ? null : shorten(out[i].strip().replace("</b><b>", ""));
        }
        return out;
    }

    /** The snippets of the hits {@code from} (inclusive) to {@code to} of {@code top}. */
    private String[] highlight(IndexSearcher searcher, Query query, TopDocs top, int from, int to) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .build();
        TopDocs part = new TopDocs(top.totalHits, Arrays.copyOfRange(top.scoreDocs, from, to));
        return highlighter.highlight(MeasureFields.TEXT, query, part, 1);
    }

    /** At most {@link #SNIPPET_CHARS} around the first match, never cut inside a tag. */
    static String shorten(String s) {
        if (s.length() <= SNIPPET_CHARS) {
            return s;
        }
        int mark = s.indexOf("<b>");
        int from = Math.max(0, Math.min(mark - SNIPPET_CHARS / 3, s.length() - SNIPPET_CHARS));
        int to = Math.min(s.length(), from + SNIPPET_CHARS);
        while (from > 0 && s.lastIndexOf('<', from) > s.lastIndexOf('>', from)) {
            from--;
        }
        while (to < s.length() && s.lastIndexOf('<', to - 1) > s.lastIndexOf('>', to - 1)) {
            to++;
        }
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }
}
