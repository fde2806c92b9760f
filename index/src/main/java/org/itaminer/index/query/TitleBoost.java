package org.itaminer.index.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.itaminer.index.write.TitleWords;

/**
 * Ranks higher the best matches whose title holds the query: a measure titled ปรับปรุงคู่มือการให้บริการ is more
 * about คู่มือ than one that mentions a handbook in its fifth step. Each of the query's chunks (phrases) found in the
 * title, as any of its alternatives, adds {@code boost} times the match's score, divided among the chunks; only the
 * best matches are reordered. The titles' analyzed words are read from a doc value ({@link TitleWords}).
 */
final class TitleBoost {

    private TitleBoost() {
    }

    /**
     * The chunks of the words of a query made by {@link MeasureQuery} (its required boolean clause of required
     * chunks; filters aside), each as the word sequences any of which is the chunk (a synonym's spellings are
     * several). Empty for a query without words.
     */
    static List<List<List<String>>> chunks(Query query) {
        List<List<List<String>>> out = new ArrayList<>();
        if (query instanceof BooleanQuery top) {
            for (BooleanClause words : top.clauses()) {
                if (words.getOccur() == BooleanClause.Occur.MUST && words.getQuery() instanceof BooleanQuery text) {
                    for (BooleanClause c : text.clauses()) {
                        List<List<String>> alternatives = new ArrayList<>();
                        alternatives(c.getQuery(), alternatives);
                        if (c.getOccur() == BooleanClause.Occur.MUST && !alternatives.isEmpty()) {
                            out.add(alternatives);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The word sequences a chunk's query is any of (a term, a phrase, or a choice of these). */
    static List<List<String>> alternatives(Query chunk) {
        List<List<String>> out = new ArrayList<>();
        alternatives(chunk, out);
        return out;
    }

    private static void alternatives(Query q, List<List<String>> out) {
        if (q instanceof TermQuery t) {
            out.add(List.of(t.getTerm().text()));
        } else if (q instanceof PairPhraseQuery p) {
            out.add(p.words());
        } else if (q instanceof PhraseQuery p) {
            out.add(Arrays.stream(p.getTerms()).map(t -> t.text()).toList());
        } else if (q instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() == BooleanClause.Occur.SHOULD) {
                    alternatives(c.getQuery(), out);
                }
            }
        }
    }

    /**
     * The first {@code limit} of {@code top} after boosting the matches whose title holds the chunks, best first
     * (equal scores in document order, as Lucene sorts them).
     */
    static TopDocs rescore(IndexSearcher searcher, TopDocs top, List<List<List<String>>> chunks, float boost,
                           int limit) throws IOException {
        ScoreDoc[] hits = new ScoreDoc[top.scoreDocs.length];
        for (int i = 0; i < hits.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits[i] = new ScoreDoc(sd.doc, sd.score, sd.shardIndex);
        }
        if (!chunks.isEmpty()) {
            // doc values are read forwards: by document
            ScoreDoc[] byDoc = hits.clone();
            Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int leafIndex = -1;
            BinaryDocValues titles = null;
            LeafReaderContext leaf = null;
            for (ScoreDoc sd : byDoc) {
                int at = ReaderUtil.subIndex(sd.doc, leaves);
                if (at != leafIndex) {
                    leafIndex = at;
                    leaf = leaves.get(at);
                    titles = DocValues.getBinary(leaf.reader(), TitleWords.FIELD);
                }
                if (titles.advanceExact(sd.doc - leaf.docBase)) {
                    List<String> words = TitleWords.read(titles.binaryValue());
                    int found = 0;
                    for (List<List<String>> chunk : chunks) {
                        if (chunk.stream().anyMatch(a -> Collections.indexOfSubList(words, a) >= 0)) {
                            found++;
                        }
                    }
                    sd.score += boost * sd.score * found / chunks.size();
                }
            }
        }
        Arrays.sort(hits, Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
        return new TopDocs(top.totalHits, Arrays.copyOf(hits, Math.min(limit, hits.length)));
    }
}
