-- A rights-improvement action of a closure plan can name the indicator it should move (issue 8,
-- point 5): coercion events per 1,000 resident-days (all or of one kind), hours of seclusion or of
-- restraint, complaints overdue, deaths, or a QualityRights theme; optionally the unit it concerns.

ALTER TABLE plan_action
    ADD COLUMN indicator VARCHAR(40)
        CHECK (indicator IN ('COERCION_ALL', 'SECLUSION', 'PHYSICAL_RESTRAINT', 'MECHANICAL_RESTRAINT', 'CHEMICAL_RESTRAINT',
                             'FORCED_MEDICATION', 'FORCED_TREATMENT', 'SECLUSION_HOURS', 'RESTRAINT_HOURS',
                             'COMPLAINTS_OVERDUE', 'DEATHS', 'QUALITY_RIGHTS_THEME')),
    ADD COLUMN indicator_theme VARCHAR(40)
        CHECK (indicator_theme IN ('STANDARD_OF_LIVING', 'HEALTH', 'LEGAL_CAPACITY_AND_LIBERTY', 'FREEDOM_FROM_ILL_TREATMENT',
                                   'LIVING_IN_THE_COMMUNITY')),
    ADD COLUMN indicator_unit_id BIGINT REFERENCES institution_unit (id) ON DELETE SET NULL,
    ADD CONSTRAINT plan_action_indicator_rights CHECK (indicator IS NULL OR category = 'RIGHTS_IN_PRACTICE'),
    ADD CONSTRAINT plan_action_indicator_theme CHECK ((indicator_theme IS NOT NULL) = (indicator IS NOT NULL AND indicator = 'QUALITY_RIGHTS_THEME')),
    ADD CONSTRAINT plan_action_indicator_unit CHECK (indicator_unit_id IS NULL
        OR indicator IN ('COERCION_ALL', 'SECLUSION', 'PHYSICAL_RESTRAINT', 'MECHANICAL_RESTRAINT', 'CHEMICAL_RESTRAINT',
                         'FORCED_MEDICATION', 'FORCED_TREATMENT', 'SECLUSION_HOURS', 'RESTRAINT_HOURS'));
