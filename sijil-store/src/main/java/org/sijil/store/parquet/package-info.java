/** Parquet files written by DuckDB's own writer ({@link org.sijil.store.parquet.ParquetTable}). */
package org.sijil.store.parquet;
