-- Index on log_entries(subject): a person page's history read without scanning the whole log
-- A person page reads the integrity log's entries about the person and its records in one
-- statement (subject IN (...)); without an index each page scanned every entry for it (345,060 at
-- 1M records). On the linked 1M register a DuckDB person page took 156-178 ms one at a time
-- without it and 110-125 ms with it (docs/benchmarks.md, session 28).
CREATE INDEX log_entries_subject ON log_entries (subject);
