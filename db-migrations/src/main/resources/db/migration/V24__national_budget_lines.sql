-- National budget lines (issue 7): lines the ministry holds for the whole country, not tied to an
-- institution, with their actual spend and reallocations between national lines. A line or a
-- reallocation without an institution is national. A reallocation moves money between lines of the
-- same owner (one institution, or the nation); the application checks that and says why.

ALTER TABLE budget_line ALTER COLUMN institution_id DROP NOT NULL;
ALTER TABLE budget_reallocation ALTER COLUMN institution_id DROP NOT NULL;

CREATE INDEX budget_line_national_idx ON budget_line (fiscal_year) WHERE institution_id IS NULL;
CREATE INDEX budget_reallocation_institution_idx ON budget_reallocation (institution_id);
