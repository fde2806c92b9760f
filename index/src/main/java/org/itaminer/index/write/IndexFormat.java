package org.itaminer.index.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.itaminer.index.analysis.Segmenter;
import org.itaminer.index.theme.ThemeClassifier;

/**
 * What an index records it was built with: the field layout, the segmenter and the theme rules. Terms of one
 * segmenter do not match another's, nor fields of one layout another's, and themes stored under other rules would be
 * silently mixed: an index of another build must be rebuilt ({@link OutdatedIndexException}).
 */
public final class IndexFormat {

    /** Commit user-data key under which the build is recorded. */
    static final String BUILD_KEY = "itaminer.index";
    /**
     * 4: one facet field per dimension; themes (stored, doc values, facet), agency key, stored steps. 5: the text's
     * word pairs. 6: facets as a report key, theme bits and indicators ({@link FacetFields}); the text without
     * positions; the title's words as a doc value ({@link TitleWords}), not a field. 7: the abbreviations' one-word
     * forms added to the text ({@link org.itaminer.index.analysis.ShortForms}).
     */
    static final int FORMAT = 7;

    private IndexFormat() {
    }

    /** What an index built now with {@code segmenter} records under {@link #BUILD_KEY}. */
    public static String build(Segmenter segmenter) {
        return "format " + FORMAT + ", " + segmenter.name() + " segmenter, theme rules "
                + ThemeClassifier.standard().version() + ", " + FacetFields.encoding();
    }

    /** Records this build in the next commits of {@code writer}. */
    static void record(IndexWriter writer, Segmenter segmenter) {
        writer.setLiveCommitData(Map.of(BUILD_KEY, build(segmenter)).entrySet());
    }

    /**
     * Refuses an index with documents of another build: searching or adding to it would mix two kinds of terms. An
     * empty folder, or an index without documents, passes. The directory is left open: the caller closes it.
     *
     * @param folder the folder {@code directory} is, for the message
     * @throws OutdatedIndexException when the index was built otherwise
     */
    public static void check(Directory directory, Path folder, Segmenter segmenter) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        String built = commit.getUserData().get(BUILD_KEY);
        String wanted = build(segmenter);
        if (commit.size() > 0 && !wanted.equals(built)) {
            throw new OutdatedIndexException("the index in " + folder + " was built "
                    + (built == null ? "by an older itaminer" : "with " + built) + ", not " + wanted);
        }
    }
}
