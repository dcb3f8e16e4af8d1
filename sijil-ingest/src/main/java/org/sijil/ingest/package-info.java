/**
 * Reading source lists as they are released: CSV, JSON and XLSX files, their encoding, delimiter
 * and header detected, each row's cells kept verbatim with its row number, mapped onto the
 * register's fields ({@link org.sijil.ingest.ListReader}). Rows that cannot be used are rejected
 * with their file, row and reason, and columns that feed no field are reported, so nothing is
 * dropped silently.
 */
package org.sijil.ingest;
