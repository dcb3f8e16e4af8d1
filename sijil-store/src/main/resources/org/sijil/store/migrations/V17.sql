-- Release diffs stored once at import (issue 12): the comparison of a release with the release of
-- its source right before it, as the import computed it, read by the diff pages, the API and
-- `sijil diff --db` instead of comparing the two releases again. format names the encoding of diff
-- (JSON of the diff result); the two SHA-256 digests are the releases' files, so a diff stored for
-- a release id that was later replaced is never read for another release.
CREATE TABLE release_diffs (
  release_id BIGINT PRIMARY KEY,
  release_sha256 VARCHAR NOT NULL,
  previous_id BIGINT NOT NULL,
  previous_sha256 VARCHAR NOT NULL,
  format VARCHAR NOT NULL,
  diff VARCHAR NOT NULL
);
