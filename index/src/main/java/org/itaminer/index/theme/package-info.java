/**
 * Which ITA topics (ประเด็น) a measure addresses: ช่องทางร้องเรียน, No Gift Policy, ความเสี่ยงการทุจริต,
 * การเปิดเผยข้อมูล, ประมวลจริยธรรม, การมีส่วนร่วม, มาตรฐานการให้บริการ, งบประมาณและจัดซื้อจัดจ้าง,
 * ทรัพย์สินของทางราชการ, การบริหารทรัพยากรบุคคล, ผลประโยชน์ทับซ้อน ({@link org.itaminer.index.theme.Theme}).
 * {@link org.itaminer.index.theme.ThemeClassifier} decides by a readable rules table ({@code themes.tsv}:
 * phrases, where they count, masks for the uses that do not mean the theme), weighing a title over a passing
 * mention in a step list. Pure functions on measure text; the index stores the result as a field and facet.
 */
package org.itaminer.index.theme;
