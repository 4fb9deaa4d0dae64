-- What the code templates gave when last parsed, under a fingerprint of their files and of the program that parsed
-- them: while the fingerprint matches, a start takes the codes from the tables above and skips parsing (decision
-- record 0027). One row, replaced when the templates change.
CREATE TABLE code_templates_read (
    fingerprint  VARCHAR(64) PRIMARY KEY,
    code_ids     VARCHAR NOT NULL, -- JSON list: the ids of the templates' codes, in template order
    problems     VARCHAR NOT NULL, -- JSON list: one line per problem reported
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
