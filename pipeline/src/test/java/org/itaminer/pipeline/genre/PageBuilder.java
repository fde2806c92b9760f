package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.pipeline.genre.GenreDocument.Block;
import org.itaminer.pipeline.genre.GenreDocument.Page;

/** Collects a generated document's blocks page by page. */
final class PageBuilder {

    private final List<Page> pages = new ArrayList<>();
    private List<Block> blocks = new ArrayList<>();

    void add(Block block) {
        blocks.add(block);
    }

    /** Starts a new page (nothing when the current one is still empty). */
    void pageBreak() {
        if (!blocks.isEmpty()) {
            pages.add(new Page(blocks));
            blocks = new ArrayList<>();
        }
    }

    /** The 1-based number of the page being filled. */
    int page() {
        return pages.size() + 1;
    }

    List<Page> build() {
        pageBreak();
        return List.copyOf(pages);
    }
}
