-- Indexes for a brand's portfolio (1,000 suppliers, 100,000+ findings); EXPLAIN output in docs/decisions/0017.
-- Findings list: the exact order of FindingTable.NEWEST_FIRST, so that a page is read from the index, not sorted.
CREATE INDEX finding_newest_idx ON finding (raised_on DESC NULLS LAST, created_at DESC, id);
-- Dashboard (forced-labour risk): the columns the rater reads of a finding, so that the joins from breached
-- requirements and named indicators never read the finding rows with their long descriptions.
CREATE INDEX finding_rating_idx ON finding (id, supplier_id, severity, status);
