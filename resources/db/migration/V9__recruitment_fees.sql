-- Recruitment-fee records (DESIGN.md §2, Employer Pays). Amounts are exact decimals with three places,
-- enough for every ISO 4217 currency (JOD, KWD and BHD have three); never floating point.
CREATE TABLE recruitment_fee (
    id                 UUID PRIMARY KEY,
    supplier_id        UUID NOT NULL REFERENCES supplier (id),
    nationality        VARCHAR(2) NOT NULL,
    agency_id          UUID REFERENCES recruitment_agency (id),
    workers            INTEGER NOT NULL,
    amount_per_worker  DECIMAL(19, 3) NOT NULL,
    currency           VARCHAR(3) NOT NULL,
    category           VARCHAR(30) NOT NULL,
    evidence           VARCHAR,
    amount_repaid      DECIMAL(19, 3),
    monthly_wage       DECIMAL(19, 3),
    wage_currency      VARCHAR(3),
    version            BIGINT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         UUID
);
CREATE INDEX recruitment_fee_supplier_idx ON recruitment_fee (supplier_id);
