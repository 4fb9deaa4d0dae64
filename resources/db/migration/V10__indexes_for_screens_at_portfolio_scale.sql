-- Indexes for the dashboard and findings list at 100,000-500,000 findings (decision record 0021, EXPLAIN output from
-- bench/explain-queries.sh). Each one holds every column its query reads, so the query never reads a finding's row.
-- Dashboard (forced-labour risk): per supplier, its findings other than good practices, stopping at the first one
-- with evidence.
CREATE INDEX finding_supplier_evidence_idx ON finding (supplier_id, severity, id);
-- ... and whether such a finding breaches a requirement that carries an indicator.
CREATE INDEX finding_requirement_evidence_idx ON finding_requirement (finding_id, code_id, requirement_ref);
-- Overdue actions: counted on the dashboard, and the findings that have one counted for the "overdue only" list.
-- Replaces corrective_action_due_idx (status, due_date), of which it is an extension.
CREATE INDEX corrective_action_overdue_idx ON corrective_action (status, due_date, finding_id);
DROP INDEX corrective_action_due_idx;
