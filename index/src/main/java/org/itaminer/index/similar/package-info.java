/**
 * The measures of other agencies like one measure: same themes first, then by wording (Lucene MoreLikeThis on title
 * and steps) ({@link org.itaminer.index.similar.SimilarMeasures}, {@link org.itaminer.index.similar.SimilarResult}).
 */
package org.itaminer.index.similar;
