/**
 * Document metadata: title, kind, agency (name, type, district, province), fiscal year, the earlier
 * ITA assessment cited, indicator-score tables and memo covers (บันทึกข้อความ).
 */
package org.itaminer.extract.meta;
