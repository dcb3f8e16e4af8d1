-- Field intake (issue 17): what last changed a submission's status, beside who (status_by) and when
-- (status_at): 'analyst' for an analyst's decision, or the link run and the independent list whose
-- record the submission's record was linked to ('link-run model:12: also in list moh'). Null while
-- pending. The column a submission's own receipt shows; never the reporter's contact.
ALTER TABLE intake_submissions ADD COLUMN status_reason VARCHAR;
-- a reporter's own receipts: submissions by who took them in, newest first
CREATE INDEX intake_submissions_received_by ON intake_submissions (received_by, seq);
