-- Indexed reads for a person read by id (issue 14): the amendments of that person's records only,
-- by subject, instead of every amendment of the register.
CREATE INDEX record_amendments_subject ON record_amendments (subject);
