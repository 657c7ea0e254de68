-- A national-scale synthetic data set for benchmarks and load tests (issue 9, "Performance"; issue
-- 10 reuses it). Run by NationalDataSet, which sets two session settings first:
--   homeward.scale  1.0 = 1,000 institutions in 20 regions, 200,000 residents, 60,000 staff
--   homeward.today  the day the data is generated for (dates are relative to it)
-- Deterministic: every random choice is a hash of a row's ordinal and a salt (pg_temp.rnd), never
-- random(), so the same scale and day give the same rows whatever the order of execution.
-- Everything generated has a code, identifier or name starting with GEN so it can be told from
-- demo data. Rows look like the application's own: statuses consistent with each other (a
-- resident who moved has a placement, a chosen living option, needs assessed before the move and
-- follow-up visits after it; a redeployed staff member an accepted application), versions, and
-- who/when columns filled as the application fills them. Sections start with "-- step:" lines;
-- NationalDataSet runs them one by one on one connection and prints how long each took.

-- step: helpers
CREATE FUNCTION pg_temp.rnd(k BIGINT, salt INT) RETURNS DOUBLE PRECISION
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((hashint8extended(k, salt::BIGINT) >> 11) & 9007199254740991)::DOUBLE PRECISION / 9007199254740992.0 $$;

-- Lower bounds of each choice's share of [0, 1), for width_bucket.
CREATE FUNCTION pg_temp.bounds(weights DOUBLE PRECISION[]) RETURNS DOUBLE PRECISION[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT array_agg(b ORDER BY o)
   FROM (SELECT o, coalesce(sum(w) OVER (ORDER BY o ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(w) OVER () AS b
         FROM unnest(weights) WITH ORDINALITY AS x(w, o)) y $$;

-- The choice whose share of [0, 1) holds u. Inlined by the planner, and with constant weights
-- their bounds are worked out once per statement, not once per row.
CREATE FUNCTION pg_temp.pick(u DOUBLE PRECISION, choices TEXT[], weights DOUBLE PRECISION[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT choices[width_bucket(u, pg_temp.bounds(weights))] $$;

CREATE FUNCTION pg_temp.one(u DOUBLE PRECISION, choices TEXT[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT choices[1 + floor(u * array_length(choices, 1))::INT] $$;

CREATE TEMP TABLE gen_param AS
SELECT greatest(1, round(1000 * s))::INT                  AS institutions,
       greatest(10, round(200000 * s))::INT               AS residents,
       greatest(3, round(60000 * s))::INT                 AS staff,
       least(20, greatest(1, round(1000 * s)))::INT       AS regions,
       t                                                  AS today,
       t::TIMESTAMP AT TIME ZONE 'UTC'                    AS now
FROM (SELECT current_setting('homeward.scale')::NUMERIC AS s, current_setting('homeward.today')::DATE AS t) p;

CREATE TEMP TABLE gen_names AS
SELECT ARRAY['Ana','Maria','Elena','Ivana','Sofia','Marta','Jana','Katarina','Lucia','Nadia','Olga','Petra','Rosa','Sara',
             'Teresa','Vera','Zora','Amira','Leila','Mei','Fatima','Grace','Helen','Irene','Julia']          AS female,
       ARRAY['Adam','Boris','Carlos','David','Emil','Filip','Goran','Hugo','Ivan','Jakob','Karl','Luka','Marko','Nikola',
             'Oskar','Pavel','Rafael','Stefan','Tomas','Viktor','Yusuf','Omar','Samuel','Daniel','Peter'] AS male,
       ARRAY['Novak','Horvat','Kovac','Babic','Maric','Petrovic','Jovanovic','Nagy','Kowalski','Popescu','Ionescu','Dimitrov',
             'Georgiev','Silva','Santos','Rossi','Russo','Meier','Schmidt','Weber','Dubois','Moreau','Garcia','Lopez',
             'Murphy','Kelly','Smith','Jones','Brown','Taylor','Wilson','Clarke','Hassan','Ahmed','Khan','Ali','Chen',
             'Wang','Berg','Larsen']                                                                            AS family,
       ARRAY['Northern Highlands','Lake District','Eastern Plains','Southern Coast','Western Hills','River Valley',
             'Central Basin','Pine Forest','Marshlands','Upper Plateau','Amber Bay','Stone Ridge','Sunny Coast',
             'Iron Mountains','Green Meadows','Old Harbour','Twin Rivers','Misty Vale','Golden Fields','Far East']    AS regions,
       ARRAY['Oak','Elm','Ash','Birch','Willow','Maple','Cedar','Pine','Rose','Lily','Stone','Brook','Mill','Hill','Green',
             'North','South','East','West','High','Low','Fair','Clear','Silver','Gold','Red','White','Black','Long','Broad',
             'Kings','Queens','Church','Castle','Bridge','Marsh','Moor','Heath','Glen','Dale']                       AS town1,
       ARRAY['wood','field','ford','bridge','ton','ham','by','stead','worth','wick','mere','haven','hurst','ley','combe',
             'gate','port','view','side','dale','brook','cliff','well','moor','vale']                                  AS town2,
       ARRAY['Main Street','Station Road','Park Lane','Church Street','Mill Road','Garden Row','River Walk','School Lane',
             'Market Square','Orchard Close']                                                                       AS streets;

-- step: institutions and units
CREATE TEMP TABLE gen_inst AS
SELECT i,
       'GEN-' || lpad(i::TEXT, 4, '0')                                                            AS code,
       n.regions[1 + (i - 1) % p.regions]                                                         AS region,
       type,
       status,
       (CASE type WHEN 'CHILDRENS_INSTITUTION' THEN 0.35 WHEN 'OTHER' THEN 0.6 ELSE 1.0 END)
           * (0.4 + 1.2 * pg_temp.rnd(i, 3))                                                      AS weight,
       CASE WHEN status <> 'OPERATING' THEN p.today - (200 + floor(pg_temp.rnd(i, 4) * 1300))::INT END AS admissions_stopped_on,
       CASE WHEN status IN ('CLOSED', 'REPURPOSED') OR pg_temp.rnd(i, 5) < 0.6 THEN 'APPROVED'
            WHEN status = 'DOWNSIZING' OR pg_temp.rnd(i, 5) < 0.85 THEN 'DRAFT'
            ELSE 'NONE' END                                                                       AS plan,
       p.today - (400 + floor(pg_temp.rnd(i, 6) * 1100))::INT                                     AS plan_start,
       CASE status WHEN 'OPERATING' THEN p.today + (700 + floor(pg_temp.rnd(i, 7) * 1800))::INT
                   WHEN 'DOWNSIZING' THEN p.today + (120 + floor(pg_temp.rnd(i, 7) * 1500))::INT
                   ELSE p.today - (30 + floor(pg_temp.rnd(i, 7) * 300))::INT END                  AS target_closure_on,
       n.town1[1 + (i - 1) % 40] || n.town2[1 + ((i - 1) / 40) % 25]                              AS town
FROM gen_param p, gen_names n,
     LATERAL generate_series(1, p.institutions) AS i,
     LATERAL (SELECT pg_temp.pick(pg_temp.rnd(i, 1), ARRAY['PSYCHIATRIC_HOSPITAL','SOCIAL_CARE_HOME','CHILDRENS_INSTITUTION','OTHER'],
                                  ARRAY[40, 45, 10, 5]) AS type,
                     pg_temp.pick(pg_temp.rnd(i, 2), ARRAY['OPERATING','DOWNSIZING','CLOSED','REPURPOSED'], ARRAY[55, 35, 7, 3]) AS status) c;

-- Institutions get residents in proportion to their weight: bucket lower bounds for width_bucket.
CREATE TEMP TABLE gen_bounds AS
SELECT array_agg(lower_bound ORDER BY i) AS bounds
FROM (SELECT i, coalesce(sum(weight) OVER (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(weight) OVER () AS lower_bound
      FROM gen_inst) b;

INSERT INTO institution (version, code, name, type, ownership, region, district, address, bed_capacity, current_residents, status,
                         admissions_stopped_on)
SELECT CASE WHEN g.status = 'OPERATING' THEN 0 ELSE 1 END,
       g.code,
       g.town || ' ' || CASE g.type WHEN 'PSYCHIATRIC_HOSPITAL' THEN 'Psychiatric Hospital' WHEN 'SOCIAL_CARE_HOME' THEN 'Social Care Home'
                                    WHEN 'CHILDRENS_INSTITUTION' THEN 'Children''s Home' ELSE 'Care Centre' END,
       g.type,
       pg_temp.pick(pg_temp.rnd(g.i, 8), ARRAY['PUBLIC','PRIVATE_GOVERNMENT_CONTRACT','NGO'], ARRAY[80, 12, 8]),
       g.region,
       g.town || ' district',
       (1 + floor(pg_temp.rnd(g.i, 9) * 200))::INT || ' ' || pg_temp.one(pg_temp.rnd(g.i, 10), n.streets) || ', ' || g.town,
       0, 0, g.status, g.admissions_stopped_on
FROM gen_inst g, gen_names n
ORDER BY g.i;

CREATE TEMP TABLE gen_inst_id AS
SELECT g.*, i.id AS institution_id FROM gen_inst g JOIN institution i ON i.code = g.code;
CREATE UNIQUE INDEX ON gen_inst_id (i);
ANALYZE gen_inst_id;

INSERT INTO institution_unit (version, institution_id, name, beds, planned_closure_on)
SELECT 0, g.institution_id, 'Ward ' || chr(64 + k), 0,
       CASE WHEN g.plan <> 'NONE' THEN g.plan_start + ((g.target_closure_on - g.plan_start) * (0.3 + 0.6 * k / 8.0))::INT END
FROM gen_inst_id g, LATERAL generate_series(1, 3 + floor(pg_temp.rnd(g.i, 11) * 5)::INT) AS k;

CREATE TEMP TABLE gen_unit AS
SELECT u.id AS unit_id, u.institution_id, row_number() OVER (PARTITION BY u.institution_id ORDER BY u.id) AS k,
       count(*) OVER (PARTITION BY u.institution_id) AS units
FROM institution_unit u JOIN gen_inst_id g ON g.institution_id = u.institution_id;
CREATE UNIQUE INDEX ON gen_unit (institution_id, k);
ANALYZE gen_unit;

-- step: residents
CREATE TEMP TABLE gen_res AS
SELECT r, g.i, g.institution_id, g.type AS institution_type, g.status AS institution_status, g.region,
       s.sex, s.status, a.age, a.born_on, a.admitted_on
FROM gen_param p, gen_bounds b,
     LATERAL generate_series(1, p.residents) AS r,
     LATERAL (SELECT * FROM gen_inst_id WHERE i = width_bucket(pg_temp.rnd(r, 20), b.bounds)) g,
     LATERAL (SELECT pg_temp.pick(pg_temp.rnd(r, 21), ARRAY['FEMALE','MALE','INTERSEX','NOT_RECORDED'], ARRAY[47, 51, 0.3, 1.7]) AS sex,
                     pg_temp.pick(pg_temp.rnd(r, 22),
                         ARRAY['IN_INSTITUTION','PREPARING','READY_TO_MOVE','MOVED','SETTLED','DIED','MOVED_ELSEWHERE','READMITTED'],
                         CASE g.status WHEN 'OPERATING'  THEN ARRAY[80, 7, 2, 3, 2, 4, 1.5, 0.5]::DOUBLE PRECISION[]
                                       WHEN 'DOWNSIZING' THEN ARRAY[34, 14, 7, 18, 17, 5, 3, 2]::DOUBLE PRECISION[]
                                       ELSE ARRAY[0, 0, 0, 22, 63, 8, 5, 2]::DOUBLE PRECISION[] END) AS status) s,
     LATERAL (SELECT age, p.today - (age * 365 + floor(pg_temp.rnd(r, 24) * 365))::INT AS born_on,
                     p.today - (400 + floor(pow(pg_temp.rnd(r, 25), 1.5)
                         * greatest(1, least(CASE WHEN age < 18 THEN (age - 2) * 365 ELSE (age - 17) * 365 END, 40 * 365) - 400)))::INT AS admitted_on
              FROM (SELECT CASE WHEN g.type = 'CHILDRENS_INSTITUTION' THEN 4 + floor(pg_temp.rnd(r, 23) * 14)::INT
                                ELSE 18 + floor(72 * (pg_temp.rnd(r, 23) + pg_temp.rnd(r, 26)) / 2)::INT END AS age) x) a;

-- Dates that follow from the status: the move, the first needs assessment before it, death.
CREATE TEMP TABLE gen_res2 AS
SELECT x.*,
       CASE WHEN x.status IN ('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE') THEN 'INSIDE'
            WHEN x.status = 'DIED' AND pg_temp.rnd(x.r, 30) < 0.8 THEN 'DIED_INSIDE'
            WHEN x.status IN ('MOVED', 'SETTLED', 'READMITTED', 'DIED') THEN 'MOVED_OUT'
            ELSE 'ELSEWHERE' END AS path,
       (x.status IN ('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE') AND pg_temp.rnd(x.r, 31) < 0.29)
           OR (x.status NOT IN ('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE') AND pg_temp.rnd(x.r, 31) < 0.13) AS complex,
       CASE WHEN x.status = 'MOVED' THEN greatest(x.admitted_on + 30, p.today - 30 - floor(pg_temp.rnd(x.r, 32) * 370)::INT)
            WHEN x.status IN ('SETTLED', 'READMITTED', 'DIED')
                THEN x.admitted_on + floor((p.today - 210 - x.admitted_on) * (0.3 + 0.7 * pg_temp.rnd(x.r, 32)))::INT
            WHEN x.status = 'READY_TO_MOVE' AND pg_temp.rnd(x.r, 33) < 0.6 THEN p.today + 10 + floor(pg_temp.rnd(x.r, 32) * 110)::INT
       END AS move_in_on
FROM gen_res x, gen_param p;

CREATE TEMP TABLE gen_resident AS
SELECT y.*,
       CASE WHEN y.path = 'DIED_INSIDE' THEN NULL ELSE y.move_in_on END AS moved_on,
       CASE WHEN y.status <> 'IN_INSTITUTION' OR pg_temp.rnd(y.r, 34) < 0.35
            THEN y.admitted_on + floor((coalesce(CASE WHEN y.move_in_on <= p.today THEN y.move_in_on END, p.today) - y.admitted_on)
                                       * (0.3 + 0.5 * pg_temp.rnd(y.r, 35)))::INT END AS assessed_on,
       CASE y.status
           WHEN 'IN_INSTITUTION' THEN y.admitted_on
           WHEN 'PREPARING' THEN greatest(y.admitted_on, p.today - floor(pg_temp.rnd(y.r, 36) * 300)::INT)
           WHEN 'READY_TO_MOVE' THEN greatest(y.admitted_on, p.today - floor(pg_temp.rnd(y.r, 36) * 120)::INT)
           WHEN 'MOVED' THEN y.move_in_on
           WHEN 'SETTLED' THEN y.move_in_on + 180 + floor(pg_temp.rnd(y.r, 36) * (p.today - y.move_in_on - 180))::INT
           WHEN 'READMITTED' THEN y.move_in_on + 60 + floor(pg_temp.rnd(y.r, 36) * (p.today - y.move_in_on - 60))::INT
           WHEN 'DIED' THEN CASE WHEN y.path = 'DIED_INSIDE'
                                 THEN greatest(y.admitted_on + 1, p.today - floor(pg_temp.rnd(y.r, 36) * 700)::INT)
                                 ELSE y.move_in_on + 30 + floor(pg_temp.rnd(y.r, 36) * (p.today - y.move_in_on - 30))::INT END
           ELSE greatest(y.admitted_on + 1, p.today - floor(pg_temp.rnd(y.r, 36) * 700)::INT)
       END AS status_since,
       (SELECT unit_id FROM gen_unit u WHERE u.institution_id = y.institution_id
          AND u.k = 1 + floor(pg_temp.rnd(y.r, 37) * u.units)::INT) AS unit_id
FROM gen_res2 y, gen_param p;

INSERT INTO resident (version, institution_id, unit_id, identifier, given_name, family_name, preferred_name, born_on, sex, gender,
                      disability, languages, legal_capacity, guardianship, advance_directive_on, advance_directive_kept, admitted_on,
                      admitted_after_stop_reason, complex_support_needs, complex_support_notes, status, status_since, focal_point_id)
SELECT CASE g.status WHEN 'IN_INSTITUTION' THEN 0 WHEN 'PREPARING' THEN 1 WHEN 'READY_TO_MOVE' THEN 2 ELSE 3 END,
       g.institution_id, g.unit_id,
       'GEN-R' || lpad(g.r::TEXT, 7, '0'),
       CASE WHEN g.sex = 'FEMALE' OR (g.sex <> 'MALE' AND pg_temp.rnd(g.r, 40) < 0.5) THEN pg_temp.one(pg_temp.rnd(g.r, 41), n.female)
            ELSE pg_temp.one(pg_temp.rnd(g.r, 41), n.male) END,
       pg_temp.one(pg_temp.rnd(g.r, 42), n.family),
       NULL, g.born_on, g.sex, NULL,
       pg_temp.pick(pg_temp.rnd(g.r, 43), ARRAY['Psychosocial disability','Intellectual disability','Psychosocial and intellectual disability',
                                              'Autism','Dementia','Physical and intellectual disability', NULL],
                    CASE WHEN g.institution_type = 'PSYCHIATRIC_HOSPITAL' THEN ARRAY[60, 8, 10, 4, 6, 2, 10]::DOUBLE PRECISION[]
                         ELSE ARRAY[20, 30, 15, 10, 8, 7, 10]::DOUBLE PRECISION[] END),
       pg_temp.pick(pg_temp.rnd(g.r, 44), ARRAY['Local language','Local language, sign language','Local language, English', NULL], ARRAY[70, 5, 10, 15]),
       c.capacity,
       CASE WHEN c.capacity IN ('PARTIALLY_RESTRICTED', 'FULLY_RESTRICTED') THEN 'Guardian appointed by the district court' END,
       CASE WHEN pg_temp.rnd(g.r, 45) < 0.15 THEN greatest(g.admitted_on, p.today - floor(pg_temp.rnd(g.r, 46) * 700)::INT) END,
       CASE WHEN pg_temp.rnd(g.r, 45) < 0.08 THEN 'Copy with the person and their supporter' END,
       g.admitted_on,
       NULL,
       g.complex,
       CASE WHEN g.complex THEN pg_temp.one(pg_temp.rnd(g.r, 47), ARRAY['Needs support around the clock','High physical support needs',
                                                                      'Behaviour others find challenging','Complex health needs']) END,
       g.status, g.status_since, NULL
FROM gen_resident g, gen_names n, gen_param p,
     LATERAL (SELECT pg_temp.pick(pg_temp.rnd(g.r, 48), ARRAY['FULL','PARTIALLY_RESTRICTED','FULLY_RESTRICTED','UNDER_REVIEW'],
                                  ARRAY[45, 20, 30, 5]) AS capacity) c
ORDER BY g.r;
ANALYZE resident;

CREATE TEMP TABLE gen_resident_id AS
SELECT g.*, x.id AS resident_id FROM gen_resident g JOIN resident x ON x.identifier = 'GEN-R' || lpad(g.r::TEXT, 7, '0');
CREATE UNIQUE INDEX ON gen_resident_id (r);
CREATE UNIQUE INDEX ON gen_resident_id (resident_id);
ANALYZE gen_resident_id;

UPDATE institution i SET current_residents = c.inside, bed_capacity = c.beds
FROM (SELECT g.institution_id, count(*) FILTER (WHERE r.path = 'INSIDE') AS inside,
             greatest(count(*) FILTER (WHERE r.path = 'INSIDE'), ceil(count(r.r) * 1.05)) AS beds
      FROM gen_inst_id g LEFT JOIN gen_resident_id r ON r.institution_id = g.institution_id GROUP BY g.institution_id) c
WHERE i.id = c.institution_id;

UPDATE institution_unit u SET beds = greatest(c.beds, 1)
FROM (SELECT u.unit_id, ceil(count(r.r) * 1.05) AS beds FROM gen_unit u LEFT JOIN gen_resident_id r ON r.unit_id = u.unit_id GROUP BY u.unit_id) c
WHERE u.id = c.unit_id;

-- step: resident histories, legal status
INSERT INTO resident_status_change (resident_id, from_status, to_status, effective_on, reason, recorded_by, recorded_at)
SELECT g.resident_id, h.from_status, h.to_status, h.effective_on, h.reason, 'focal.' || lower(replace(g.region, ' ', '-')),
       h.effective_on::TIMESTAMP AT TIME ZONE 'UTC' + interval '10 hours' + h.step * interval '1 minute'
FROM gen_resident_id g, gen_param p,
     LATERAL (VALUES
         (1, NULL, 'IN_INSTITUTION', g.admitted_on, 'Admitted', TRUE),
         (2, 'IN_INSTITUTION', 'PREPARING', least(coalesce(g.assessed_on, g.status_since), g.status_since), 'Preparing the move with the person',
          g.status IN ('PREPARING', 'READY_TO_MOVE') OR g.path = 'MOVED_OUT'),
         (3, 'PREPARING', 'READY_TO_MOVE', CASE WHEN g.status = 'READY_TO_MOVE' THEN g.status_since
                                                ELSE greatest(g.assessed_on, coalesce(g.moved_on, p.today) - 14) END, 'Home and support agreed',
          g.status = 'READY_TO_MOVE' OR g.path = 'MOVED_OUT'),
         (4, 'READY_TO_MOVE', 'MOVED', g.moved_on, 'Moved in', g.path = 'MOVED_OUT'),
         (5, 'MOVED', g.status, g.status_since, CASE g.status WHEN 'SETTLED' THEN 'Settled at home' WHEN 'READMITTED' THEN 'Readmitted'
                                                            ELSE 'Died' END, g.path = 'MOVED_OUT' AND g.status <> 'MOVED'),
         (5, 'IN_INSTITUTION', g.status, g.status_since, CASE g.status WHEN 'DIED' THEN 'Died' ELSE 'Moved to another service' END,
          g.path IN ('DIED_INSIDE', 'ELSEWHERE'))
     ) AS h(step, from_status, to_status, effective_on, reason, applies)
WHERE h.applies;

INSERT INTO resident_legal_status (resident_id, status, since, legal_basis, recorded_by, recorded_at)
SELECT g.resident_id, s.status, g.admitted_on,
       CASE WHEN s.status = 'INVOLUNTARY' THEN 'Mental Health Act, section 12 (court order)' END,
       'focal.' || lower(replace(g.region, ' ', '-')), g.admitted_on::TIMESTAMP AT TIME ZONE 'UTC' + interval '11 hours'
FROM gen_resident_id g,
     LATERAL (SELECT CASE WHEN pg_temp.rnd(g.r, 50) < CASE g.institution_type WHEN 'PSYCHIATRIC_HOSPITAL' THEN 0.25 ELSE 0.08 END
                          THEN 'INVOLUNTARY' ELSE 'VOLUNTARY' END AS status) s;

-- step: needs assessments
INSERT INTO needs_assessment (version, resident_id, framework, assessed_on, assessed_by, how_person_took_part, notes)
SELECT 0, g.resident_id, 'WHO', g.assessed_on, 'Focal point, ' || g.region,
       pg_temp.one(pg_temp.rnd(g.r, 60), ARRAY['Talked it through over two meetings','With an easy-read version and their supporter',
                                               'With a communication board','Answered some questions, others by observation']),
       NULL
FROM gen_resident_id g WHERE g.assessed_on IS NOT NULL
ORDER BY g.r;
ANALYZE needs_assessment;

INSERT INTO domain_assessment (assessment_id, domain_id, person_need, staff_need, carer_need, help_family, help_services, strengths, support_needed)
SELECT a.id, d.id,
       pg_temp.pick(pg_temp.rnd(a.id * 16 + d.code, 61), ARRAY['0','1','2','9'], ARRAY[35, 30, 30, 5])::SMALLINT,
       pg_temp.pick(pg_temp.rnd(a.id * 16 + d.code, 62), ARRAY['0','1','2'], ARRAY[30, 35, 35])::SMALLINT,
       NULL,
       pg_temp.pick(pg_temp.rnd(a.id * 16 + d.code, 63), ARRAY['0','1','2','3','9'], ARRAY[50, 25, 10, 5, 10])::SMALLINT,
       pg_temp.pick(pg_temp.rnd(a.id * 16 + d.code, 64), ARRAY['0','1','2','3'], ARRAY[10, 35, 35, 20])::SMALLINT,
       NULL, NULL
FROM needs_assessment a JOIN gen_resident_id g ON g.resident_id = a.resident_id
CROSS JOIN assessment_domain d WHERE d.framework = 'WHO';

-- step: support plans
CREATE TEMP TABLE gen_support AS
SELECT g.r, g.resident_id, g.region,
       (g.status <> 'IN_INSTITUTION' OR pg_temp.rnd(g.r, 70) < 0.6) AS agreed,
       pg_temp.rnd(g.r, 71) < 0.12 AS reviewed,
       greatest(g.admitted_on, coalesce(g.assessed_on, g.admitted_on)) AS started_on
FROM gen_resident_id g
WHERE g.status <> 'IN_INSTITUTION' OR pg_temp.rnd(g.r, 72) < 0.85;
CREATE UNIQUE INDEX ON gen_support (resident_id);
ANALYZE gen_support;

INSERT INTO support_plan_revision (version, resident_id, number, status, own_words, strengths, challenges, day_to_day, hopes_and_goals, to_avoid,
                                   supports, health_care, education_and_work, benefits, participation_how, participation_support,
                                   participation_on, agreed_on, started_by, started_at)
SELECT CASE WHEN v.status = 'DRAFT' THEN 0 ELSE 1 END, s.resident_id, v.number, v.status,
       'I want a place of my own and to see my family more often.', 'Cooking, music, helping others', 'Noise, crowded rooms',
       'Needs a reminder for medication in the morning', 'A home near the market; a job in a garden', 'Being woken early',
       'Daily visit from a support worker', 'Family doctor near the new home', 'Gardening course', 'Disability allowance transferred',
       CASE WHEN v.status <> 'DRAFT' THEN 'Wrote the plan with the focal point over three meetings' END,
       CASE WHEN v.status <> 'DRAFT' THEN 'Supporter present; easy-read version' END,
       CASE WHEN v.status <> 'DRAFT' THEN v.agreed_on END,
       v.agreed_on,
       'focal.' || lower(replace(s.region, ' ', '-')), v.started_on::TIMESTAMP AT TIME ZONE 'UTC' + interval '9 hours'
FROM gen_support s, gen_param p,
     LATERAL (VALUES
         (1, CASE WHEN NOT s.agreed THEN 'DRAFT' WHEN s.reviewed THEN 'SUPERSEDED' ELSE 'AGREED' END, s.started_on,
          CASE WHEN s.agreed THEN least(p.today, s.started_on + 30) END, TRUE),
         (2, 'AGREED', least(p.today, s.started_on + 200), least(p.today, s.started_on + 230), s.agreed AND s.reviewed)
     ) AS v(number, status, started_on, agreed_on, applies)
WHERE v.applies;
ANALYZE support_plan_revision;

INSERT INTO support_plan_step (version, revision_id, goal, step, who, due_on, status)
SELECT 0, v.id, t.goal, t.step, t.who, v.started_at::DATE + t.days,
       CASE WHEN v.started_at::DATE + t.days < p.today THEN 'DONE' ELSE 'IN_PROGRESS' END
FROM support_plan_revision v JOIN gen_support s ON s.resident_id = v.resident_id, gen_param p,
     (VALUES ('A home of my own', 'Visit two flats with my supporter', 'Focal point', 60),
             ('Work', 'Start the gardening course', 'Community centre', 150)) AS t(goal, step, who, days)
WHERE v.status IN ('DRAFT', 'AGREED');

-- step: placements and follow-up
INSERT INTO living_option (version, resident_id, arrangement, description, persons_view, visited_on, chosen)
SELECT 0, g.resident_id, a.arrangement, 'Flat or house found with the person', 'Likes the light and the garden',
       greatest(g.assessed_on, coalesce(least(g.move_in_on, (SELECT today FROM gen_param)), g.assessed_on) - 20), TRUE
FROM gen_resident_id g,
     LATERAL (SELECT pg_temp.pick(pg_temp.rnd(g.r, 80), ARRAY['INDEPENDENT_LIVING','SUPPORTED_HOUSING','SHARED_HOUSING','TRANSITIONAL_HOUSING',
                                                             'FAMILY_BASED','OTHER'], ARRAY[25, 35, 20, 5, 12, 3]) AS arrangement) a
WHERE g.move_in_on IS NOT NULL AND g.path <> 'DIED_INSIDE';
ANALYZE living_option;

INSERT INTO placement (version, resident_id, arrangement, address, provider, tenancy_holder, unrelated_residents, support_hours_per_week,
                       move_in_on, justification)
SELECT 1, o.resident_id, o.arrangement,
       (1 + floor(pg_temp.rnd(g.r, 81) * 120))::INT || ' ' || pg_temp.one(pg_temp.rnd(g.r, 82), n.streets) || ', '
           || n.town1[1 + floor(pg_temp.rnd(g.r, 83) * 40)::INT] || n.town2[1 + floor(pg_temp.rnd(g.r, 84) * 25)::INT],
       CASE WHEN o.arrangement NOT IN ('INDEPENDENT_LIVING', 'FAMILY_BASED') THEN 'Community support service, ' || g.region END,
       t.holder, t.unrelated,
       round((2 + pg_temp.rnd(g.r, 86) * CASE WHEN g.complex THEN 60 ELSE 20 END)::NUMERIC, 1),
       g.move_in_on,
       CASE WHEN t.holder <> 'PERSON' OR t.unrelated > 4 THEN 'Chosen by the person after visiting; the tenancy will pass to them' END
FROM living_option o JOIN gen_resident_id g ON g.resident_id = o.resident_id, gen_names n,
     LATERAL (SELECT CASE o.arrangement WHEN 'INDEPENDENT_LIVING' THEN 'PERSON' WHEN 'FAMILY_BASED' THEN 'FAMILY'
                                        WHEN 'TRANSITIONAL_HOUSING' THEN 'PROVIDER' WHEN 'OTHER' THEN 'OTHER'
                                        ELSE CASE WHEN pg_temp.rnd(g.r, 85) < 0.6 THEN 'PERSON' ELSE 'PROVIDER' END END AS holder,
                     CASE o.arrangement WHEN 'INDEPENDENT_LIVING' THEN 1 WHEN 'FAMILY_BASED' THEN 1
                                        WHEN 'TRANSITIONAL_HOUSING' THEN 3 + floor(pg_temp.rnd(g.r, 87) * 6)::INT
                                        ELSE 1 + floor(pg_temp.rnd(g.r, 87) * 4)::INT END AS unrelated) t;

-- Visits about 1, 3, 6, 12 and 24 months after the move; the last one's outcome fits the person's status.
INSERT INTO follow_up_visit (version, resident_id, visited_on, where_living, services_in_place, outcome, persons_words, notes)
SELECT 0, v.resident_id, v.visited_on, v.where_living, v.outcome <> 'SERVICES_MISSING', v.outcome,
       CASE WHEN pg_temp.rnd(v.r * 8 + v.n, 92) < 0.3 THEN 'I like it here. I choose what I eat.' END, NULL
FROM (SELECT g.r, g.resident_id, m.n, g.move_in_on + m.days AS visited_on,
             CASE o.arrangement WHEN 'FAMILY_BASED' THEN 'With family' WHEN 'INDEPENDENT_LIVING' THEN 'Own flat' ELSE 'Supported home' END AS where_living,
             CASE WHEN m.days = max(m.days) OVER (PARTITION BY g.r) THEN
                 CASE g.status WHEN 'SETTLED' THEN 'SETTLED' WHEN 'READMITTED' THEN 'READMITTED' WHEN 'DIED' THEN 'DIED'
                      ELSE pg_temp.pick(pg_temp.rnd(g.r, 90), ARRAY['SETTLED','SERVICES_MISSING','INAPPROPRIATE_SETTING','HOUSELESS','INCARCERATED'],
                                        ARRAY[72, 15, 7, 4, 2]) END
                  ELSE CASE WHEN pg_temp.rnd(g.r * 8 + m.n, 91) < 0.8 THEN 'SETTLED' ELSE 'SERVICES_MISSING' END END AS outcome
      FROM gen_resident_id g JOIN living_option o ON o.resident_id = g.resident_id, gen_param p,
           (VALUES (1, 30), (2, 90), (3, 180), (4, 365), (5, 730)) AS m(n, days)
      WHERE g.path = 'MOVED_OUT' AND g.move_in_on + m.days <= least(p.today, CASE WHEN g.status IN ('DIED', 'READMITTED') THEN g.status_since ELSE p.today END)) v;

-- step: institution deaths, complaints, incidents
INSERT INTO institution_death (version, institution_id, resident_id, died_on, cause_as_recorded, independently_reviewed, reviewed_by, recorded_by, recorded_at)
SELECT 0, g.institution_id, g.resident_id, g.status_since,
       pg_temp.one(pg_temp.rnd(g.r, 100), ARRAY['Pneumonia','Heart failure','Cancer','Sepsis','Choking','Cause not established']),
       pg_temp.rnd(g.r, 101) < 0.6,
       CASE WHEN pg_temp.rnd(g.r, 101) < 0.6 THEN 'Regional coroner' END,
       'committee.' || lower(replace(g.region, ' ', '-')), g.status_since::TIMESTAMP AT TIME ZONE 'UTC' + interval '15 hours'
FROM gen_resident_id g WHERE g.path = 'DIED_INSIDE';

CREATE TEMP TABLE gen_complaint AS
SELECT g.r * 4 + k AS c, g.r, g.resident_id, g.institution_id, g.region,
       p.today - floor(pg_temp.rnd(g.r * 4 + k, 110) * 700)::INT AS received_on,
       pg_temp.pick(pg_temp.rnd(g.r * 4 + k, 111), ARRAY['RESIDENT','FAMILY','SUPPORTER','ADVOCATE','STAFF','OTHER'], ARRAY[55, 20, 8, 10, 5, 2]) AS made_by,
       pg_temp.rnd(g.r * 4 + k, 112) < 0.15 AS anonymous
FROM gen_resident_id g, gen_param p, LATERAL generate_series(1, CASE WHEN pg_temp.rnd(g.r, 113) < 0.03 THEN 2 WHEN pg_temp.rnd(g.r, 113) < 0.12 THEN 1 ELSE 0 END) AS k
WHERE g.path = 'INSIDE' AND g.institution_status IN ('OPERATING', 'DOWNSIZING');

INSERT INTO complaint (version, institution_id, resident_id, made_by, anonymous, complainant_name, channel, received_on, due_on, summary, status,
                       review_started_on, answer, answered_on, closed_on, escalated_to, escalated_on, recorded_by, recorded_at)
SELECT CASE s.status WHEN 'RECEIVED' THEN 0 WHEN 'UNDER_REVIEW' THEN 1 ELSE 2 END,
       c.institution_id, CASE WHEN c.anonymous THEN NULL ELSE c.resident_id END, c.made_by, c.anonymous,
       CASE WHEN NOT c.anonymous AND c.made_by NOT IN ('RESIDENT') THEN 'Complainant ' || c.c END,
       pg_temp.pick(pg_temp.rnd(c.c, 114), ARRAY['IN_PERSON','WRITTEN','PHONE','EMAIL','COMPLAINTS_BOX','ADVOCATE','OTHER'], ARRAY[30, 20, 15, 5, 15, 10, 5]),
       c.received_on, c.received_on + 30,
       pg_temp.one(pg_temp.rnd(c.c, 115), ARRAY['Locked out of the garden in the afternoon','Belongings taken away on admission',
           'Not told about a change of medication','No privacy in the bathroom','Rough handling during a restraint','Food cold and the same every day']),
       s.status,
       CASE WHEN s.status <> 'RECEIVED' THEN c.received_on + 3 END,
       CASE WHEN s.status IN ('ANSWERED', 'CLOSED') THEN 'Looked into with the ward team; the practice has changed and we apologised.' END,
       CASE WHEN s.status IN ('ANSWERED', 'CLOSED') THEN least(p.today, c.received_on + 5 + floor(pg_temp.rnd(c.c, 116) * 40)::INT) END,
       CASE WHEN s.status = 'CLOSED' THEN least(p.today, c.received_on + 50) END,
       CASE WHEN s.status = 'ESCALATED' THEN 'National ombudsperson' END,
       CASE WHEN s.status = 'ESCALATED' THEN least(p.today, c.received_on + 20) END,
       'committee.' || lower(replace(c.region, ' ', '-')), c.received_on::TIMESTAMP AT TIME ZONE 'UTC' + interval '13 hours'
FROM gen_complaint c, gen_param p,
     LATERAL (SELECT CASE WHEN p.today - c.received_on < 10 THEN 'RECEIVED'
                          WHEN p.today - c.received_on < 30 THEN 'UNDER_REVIEW'
                          ELSE pg_temp.pick(pg_temp.rnd(c.c, 117), ARRAY['UNDER_REVIEW','ANSWERED','CLOSED','ESCALATED'], ARRAY[6, 24, 64, 6]) END AS status) s
ORDER BY c.c;
ANALYZE complaint;

INSERT INTO complaint_category (complaint_id, category)
SELECT x.id, pg_temp.pick(pg_temp.rnd(x.id, 118), ARRAY['COERCION','ABUSE_OR_NEGLECT','LIVING_CONDITIONS','PRIVACY','CARE','STAFF_CONDUCT',
                                                         'DISCRIMINATION','OTHER'], ARRAY[20, 8, 25, 12, 15, 12, 3, 5])
FROM complaint x JOIN gen_inst_id g ON g.institution_id = x.institution_id;

INSERT INTO rights_incident (version, institution_id, resident_id, kind, occurred_on, reported_on, description, action_taken, referred_to,
                             recorded_by, recorded_at)
SELECT 0, g.institution_id, g.resident_id, pg_temp.pick(pg_temp.rnd(g.r, 120), ARRAY['ABUSE','NEGLECT','VIOLENCE'], ARRAY[30, 45, 25]),
       o.occurred_on, o.occurred_on + floor(pg_temp.rnd(g.r, 122) * 5)::INT,
       'Reported by a resident to the visiting advocate', 'Staff member moved off the ward pending an inquiry', 'Regional social services inspectorate',
       'committee.' || lower(replace(g.region, ' ', '-')), (o.occurred_on + 5)::TIMESTAMP AT TIME ZONE 'UTC'
FROM gen_resident_id g, gen_param p,
     LATERAL (SELECT greatest(g.admitted_on, p.today - 10 - floor(pg_temp.rnd(g.r, 121) * 700)::INT) AS occurred_on) o
WHERE g.path = 'INSIDE' AND pg_temp.rnd(g.r, 123) < 0.02;

-- step: coercive practice
INSERT INTO coercive_event (version, institution_id, unit_id, resident_id, category, restraint_type, started_at, ended_at, authorised_by, reason,
                            de_escalation_tried, de_escalation, injuries, account_choice, own_account, recorded_by, recorded_at)
SELECT 0, e.institution_id, e.unit_id, e.resident_id, e.category,
       CASE WHEN e.category = 'RESTRAINT' THEN pg_temp.pick(pg_temp.rnd(e.k, 131), ARRAY['PHYSICAL','MECHANICAL','CHEMICAL'], ARRAY[50, 35, 15]) END,
       e.started_at, e.started_at + e.duration, 'Dr ' || pg_temp.one(pg_temp.rnd(e.institution_id, 132), n.family),
       pg_temp.one(pg_temp.rnd(e.k, 133), ARRAY['Risk of harm to self','Risk of harm to others','Refused medication','Agitation at night']),
       e.tried, CASE WHEN e.tried THEN 'Talked with the person in a quiet room; offered a walk' END, NULL,
       a.choice, CASE WHEN a.choice = 'GIVEN' THEN 'I was frightened and nobody explained what was happening.' END,
       'staff.' || lower(replace(e.region, ' ', '-')), (e.started_at + e.duration + interval '1 hour') AT TIME ZONE 'UTC'
FROM (SELECT g.r * 4 + k AS k, g.institution_id, g.unit_id, g.resident_id, g.region,
             pg_temp.pick(pg_temp.rnd(g.r * 4 + k, 130), ARRAY['SECLUSION','RESTRAINT','FORCED_MEDICATION','FORCED_TREATMENT'], ARRAY[30, 40, 25, 5]) AS category,
             (p.today - 1 - floor(pg_temp.rnd(g.r * 4 + k, 134) * 364)::INT)::TIMESTAMP + floor(pg_temp.rnd(g.r * 4 + k, 135) * 1440) * interval '1 minute' AS started_at,
             (10 + floor(pg_temp.rnd(g.r * 4 + k, 136) * 600)) * interval '1 minute' AS duration,
             pg_temp.rnd(g.r * 4 + k, 137) < 0.7 AS tried
      FROM gen_resident_id g, gen_param p,
           LATERAL generate_series(1, floor(pow(pg_temp.rnd(g.r, 138), 3) * 4)::INT) AS k
      WHERE g.path = 'INSIDE' AND g.institution_status IN ('OPERATING', 'DOWNSIZING')) e, gen_names n,
     LATERAL (SELECT pg_temp.pick(pg_temp.rnd(e.k, 139), ARRAY['NOT_ASKED','GIVEN','DECLINED'], ARRAY[50, 20, 30]) AS choice) a;

-- step: closure plans
INSERT INTO closure_plan (version, institution_id)
SELECT 0, g.institution_id FROM gen_inst_id g WHERE g.plan <> 'NONE' ORDER BY g.i;
ANALYZE closure_plan;

-- Revision 1 approved (or a first draft); some approved plans under review with a second draft.
CREATE TEMP TABLE gen_revision AS
SELECT g.i, g.institution_id, c.id AS plan_id, v.number, v.status, g.plan_start, g.target_closure_on, g.code, g.status AS institution_status
FROM gen_inst_id g JOIN closure_plan c ON c.institution_id = g.institution_id,
     LATERAL (VALUES (1, CASE WHEN g.plan = 'APPROVED' THEN 'APPROVED' ELSE 'DRAFT' END, TRUE),
                     (2, 'DRAFT', g.plan = 'APPROVED' AND g.status IN ('OPERATING', 'DOWNSIZING') AND pg_temp.rnd(g.i, 200) < 0.15)) AS v(number, status, applies)
WHERE v.applies;

INSERT INTO plan_revision (version, plan_id, number, status, target_closure_on, change_summary, started_by, started_at, approved_by, approved_at)
SELECT CASE WHEN r.status = 'APPROVED' THEN 2 ELSE 0 END, r.plan_id, r.number, r.status, r.target_closure_on,
       CASE WHEN r.number = 2 THEN 'Moves of the last ward put back six months' END,
       'committee.' || lower(r.code),
       (r.plan_start + (r.number - 1) * 200)::TIMESTAMP AT TIME ZONE 'UTC' + interval '9 hours',
       CASE WHEN r.status = 'APPROVED' THEN 'ministry' END,
       CASE WHEN r.status = 'APPROVED' THEN (r.plan_start + 40)::TIMESTAMP AT TIME ZONE 'UTC' + interval '14 hours' END
FROM gen_revision r ORDER BY r.i, r.number;
ANALYZE plan_revision;

CREATE TEMP TABLE gen_revision_id AS
SELECT r.*, v.id AS revision_id FROM gen_revision r JOIN plan_revision v ON v.plan_id = r.plan_id AND v.number = r.number;
ANALYZE gen_revision_id;

INSERT INTO plan_phase (version, revision_id, name, starts_on, ends_on, description)
SELECT 0, r.revision_id, ph.name, r.plan_start + ((r.target_closure_on - r.plan_start) * ph.f0)::INT,
       r.plan_start + ((r.target_closure_on - r.plan_start) * ph.f1)::INT, NULL
FROM gen_revision_id r, (VALUES ('Preparation', 0.0, 0.2), ('Moves into the community', 0.2, 0.9), ('Closure and repurposing', 0.9, 1.0)) AS ph(name, f0, f1);

-- Milestones at the standard shares of the way; those due in the past mostly achieved, some
-- overdue; some of those ahead forecast late (at risk). A closed institution achieved them all.
INSERT INTO plan_milestone (version, revision_id, kind, unit_id, title, planned_on, baseline_on, forecast_on, achieved_on, notes)
SELECT CASE WHEN m.achieved_on IS NOT NULL OR m.forecast_on IS NOT NULL THEN 1 ELSE 0 END,
       m.revision_id, m.kind, NULL, m.title, m.planned_on, m.baseline_on, m.forecast_on, m.achieved_on, NULL
FROM (SELECT r.revision_id, k.kind, k.title, k.n, pl.planned_on,
             CASE WHEN r.status = 'APPROVED' OR r.number = 2 THEN pl.planned_on END AS baseline_on,
             CASE WHEN pl.planned_on < p.today AND (r.institution_status IN ('CLOSED', 'REPURPOSED') AND k.kind <> 'BUILDING_REPURPOSED'
                                                    OR pg_temp.rnd(r.i * 8 + k.n, 201) < 0.8)
                  THEN least(p.today, pl.planned_on + (floor(pg_temp.rnd(r.i * 8 + k.n, 202) * 80) - 20)::INT) END AS achieved_on,
             CASE WHEN pl.planned_on >= p.today AND pg_temp.rnd(r.i * 8 + k.n, 203) < 0.2
                  THEN pl.planned_on + 30 + floor(pg_temp.rnd(r.i * 8 + k.n, 204) * 150)::INT END AS forecast_on
      FROM gen_revision_id r, gen_param p,
           (VALUES (1, 'ADMISSIONS_STOPPED', 'Admissions stopped', 0.05), (2, 'FIRST_RESIDENTS_MOVED', 'First residents moved', 0.15),
                   (3, 'RESIDENTS_MOVED_25', '25% of residents moved', 0.3), (4, 'RESIDENTS_MOVED_50', '50% of residents moved', 0.5),
                   (5, 'RESIDENTS_MOVED_75', '75% of residents moved', 0.7), (6, 'INSTITUTION_CLOSED', 'Institution closed', 1.0),
                   (7, 'BUILDING_REPURPOSED', 'Buildings and land repurposed', 1.1)) AS k(n, kind, title, f),
           LATERAL (SELECT r.plan_start + ((r.target_closure_on - r.plan_start) * k.f)::INT AS planned_on) pl) m;
ANALYZE plan_milestone;

CREATE TEMP TABLE gen_milestone AS
SELECT m.id, m.revision_id, m.kind FROM plan_milestone m JOIN gen_revision_id r ON r.revision_id = m.revision_id;
CREATE INDEX ON gen_milestone (revision_id, kind);
ANALYZE gen_milestone;

INSERT INTO plan_action (version, revision_id, title, category, rights_practice, owner, starts_on, due_on, done_on, status, notes, milestone_id)
SELECT CASE WHEN a.status = 'PLANNED' THEN 0 ELSE 1 END, a.revision_id, a.title, a.category,
       CASE WHEN a.category = 'RIGHTS_IN_PRACTICE' THEN 'ENDING_RESTRAINT_AND_SECLUSION' END,
       a.owner, a.starts_on, a.due_on, CASE WHEN a.status = 'DONE' THEN least(p.today, a.due_on + a.late) END, a.status, NULL,
       (SELECT id FROM gen_milestone m WHERE m.revision_id = a.revision_id AND m.kind = a.milestone_kind)
FROM (SELECT r.revision_id, t.title, t.category, t.owner, t.milestone_kind,
             r.plan_start + t.n * 45 AS starts_on, r.plan_start + t.n * 45 + 90 + floor(pg_temp.rnd(r.i * 8 + t.n, 210) * 300)::INT AS due_on,
             (floor(pg_temp.rnd(r.i * 8 + t.n, 211) * 40) - 10)::INT AS late,
             CASE WHEN r.plan_start + t.n * 45 + 90 + floor(pg_temp.rnd(r.i * 8 + t.n, 210) * 300)::INT < (SELECT today FROM gen_param)
                  THEN pg_temp.pick(pg_temp.rnd(r.i * 8 + t.n, 212), ARRAY['DONE','IN_PROGRESS','CANCELLED'], ARRAY[75, 20, 5])
                  ELSE pg_temp.pick(pg_temp.rnd(r.i * 8 + t.n, 212), ARRAY['PLANNED','IN_PROGRESS'], ARRAY[50, 50]) END AS status
      FROM gen_revision_id r,
           (VALUES (1, 'Map community services in the district', 'COMMUNITY_SERVICES', 'Regional health office', 'FIRST_RESIDENTS_MOVED'),
                   (2, 'Train staff in recovery-oriented practice', 'STAFF_TRAINING', 'Head of nursing', NULL),
                   (3, 'Meet families and the neighbourhood', 'COMMUNICATION', 'Committee chair', NULL),
                   (4, 'End mechanical restraint on every ward', 'RIGHTS_IN_PRACTICE', 'Medical director', NULL),
                   (5, 'Secure 40 tenancies with the housing association', 'HOUSING', 'Social work lead', 'RESIDENTS_MOVED_50'),
                   (6, 'Agreement with the peer support network', 'PARTNERSHIPS', 'Committee chair', 'RESIDENTS_MOVED_25')) AS t(n, title, category, owner, milestone_kind)) a,
     gen_param p;

-- step: staff
CREATE TEMP TABLE gen_staff AS
SELECT s, g.i, g.institution_id, g.region, g.status AS institution_status, c.role, c.status,
       CASE WHEN c.status IN ('IN_TRAINING', 'APPLIED', 'REDEPLOYED') THEN 'WILLING'
            WHEN c.status = 'NOT_STARTED' THEN pg_temp.pick(pg_temp.rnd(s, 303), ARRAY['WILLING','NOT_WILLING','UNDECIDED'], ARRAY[25, 20, 55])
            ELSE pg_temp.pick(pg_temp.rnd(s, 303), ARRAY['NOT_WILLING','UNDECIDED'], ARRAY[60, 40]) END AS willingness,
       p.today - (30 + floor(pg_temp.rnd(s, 304) * 900))::INT AS added_on,
       'GEN ' || CASE WHEN pg_temp.rnd(s, 305) < 0.7 THEN pg_temp.one(pg_temp.rnd(s, 306), n.female) ELSE pg_temp.one(pg_temp.rnd(s, 306), n.male) END
           || ' ' || pg_temp.one(pg_temp.rnd(s, 307), n.family) || ' ' || s AS name
FROM gen_param p, gen_bounds b, gen_names n,
     LATERAL generate_series(1, p.staff) AS s,
     LATERAL (SELECT * FROM gen_inst_id WHERE i = width_bucket(pg_temp.rnd(s, 300), b.bounds)) g,
     LATERAL (SELECT pg_temp.pick(pg_temp.rnd(s, 301), ARRAY['NURSE','PSYCHIATRIST','PSYCHOLOGIST','SOCIAL_WORKER','CARE_ASSISTANT',
                                                          'OCCUPATIONAL_THERAPIST','ADMINISTRATIVE','SUPPORT_SERVICES','OTHER'],
                                  ARRAY[30, 4, 3, 6, 35, 3, 8, 9, 2]) AS role,
                     pg_temp.pick(pg_temp.rnd(s, 302), ARRAY['NOT_STARTED','IN_TRAINING','APPLIED','REDEPLOYED','RETIRED','LEFT'],
                                  CASE g.status WHEN 'OPERATING' THEN ARRAY[70, 15, 3, 2, 5, 5]::DOUBLE PRECISION[]
                                                WHEN 'DOWNSIZING' THEN ARRAY[35, 25, 10, 15, 8, 7]::DOUBLE PRECISION[]
                                                ELSE ARRAY[0, 0, 0, 55, 25, 20]::DOUBLE PRECISION[] END) AS status) c;

INSERT INTO staff_member (version, institution_id, name, staff_role, background, years_of_service, fte, contract_type, region, willingness, concerns, status)
SELECT CASE WHEN s.status = 'NOT_STARTED' THEN 0 ELSE 2 END, s.institution_id, s.name, s.role, NULL, floor(pow(pg_temp.rnd(s.s, 308), 1.3) * 38)::INT,
       CASE WHEN pg_temp.rnd(s.s, 309) < 0.8 THEN 1.0 ELSE 0.5 END,
       pg_temp.pick(pg_temp.rnd(s.s, 310), ARRAY['PERMANENT','FIXED_TERM','PART_TIME','AGENCY'], ARRAY[75, 10, 10, 5]),
       s.region, s.willingness,
       CASE WHEN s.willingness <> 'WILLING' THEN 'Worried about pay and travel to the new service' END,
       s.status
FROM gen_staff s ORDER BY s.s;
ANALYZE staff_member;

CREATE TEMP TABLE gen_staff_id AS
SELECT s.*, m.id AS staff_member_id FROM gen_staff s JOIN staff_member m ON m.institution_id = s.institution_id AND m.name = s.name;
CREATE UNIQUE INDEX ON gen_staff_id (s);
ANALYZE gen_staff_id;

INSERT INTO staff_qualification (staff_member_id, qualification_code)
SELECT staff_member_id, CASE role WHEN 'NURSE' THEN 'REGISTERED_NURSE' WHEN 'PSYCHIATRIST' THEN 'PSYCHIATRY' WHEN 'PSYCHOLOGIST' THEN 'CLINICAL_PSYCHOLOGY'
                                  WHEN 'SOCIAL_WORKER' THEN 'SOCIAL_WORK' WHEN 'CARE_ASSISTANT' THEN 'CARE_CERTIFICATE'
                                  WHEN 'OCCUPATIONAL_THERAPIST' THEN 'OCCUPATIONAL_THERAPY' WHEN 'ADMINISTRATIVE' THEN 'ADMINISTRATION' ELSE 'OTHER' END
FROM gen_staff_id;

INSERT INTO staff_concern (staff_member_id, category)
SELECT staff_member_id, 'PAY' FROM gen_staff_id WHERE willingness <> 'WILLING'
UNION ALL SELECT staff_member_id, 'LOCATION' FROM gen_staff_id WHERE willingness <> 'WILLING' AND pg_temp.rnd(s, 311) < 0.5;

-- Training: in training means a course planned or completed; the redeployed and applicants completed theirs.
INSERT INTO staff_training (version, staff_member_id, course_code, status, planned_on, completed_on)
SELECT 0, s.staff_member_id, t.course, t.status,
       CASE WHEN t.status <> 'NEEDED' THEN s.added_on + 30 END,
       CASE WHEN t.status = 'COMPLETED' THEN s.added_on + 60 END
FROM gen_staff_id s,
     LATERAL (VALUES ('HUMAN_RIGHTS', CASE s.status WHEN 'NOT_STARTED' THEN 'NEEDED' WHEN 'IN_TRAINING' THEN 'COMPLETED' ELSE 'COMPLETED' END),
                     ('RECOVERY', CASE s.status WHEN 'NOT_STARTED' THEN 'NEEDED' WHEN 'IN_TRAINING' THEN 'PLANNED' ELSE 'COMPLETED' END)) AS t(course, status)
WHERE s.status IN ('IN_TRAINING', 'APPLIED', 'REDEPLOYED') OR (s.status = 'NOT_STARTED' AND pg_temp.rnd(s.s, 312) < 0.6);

-- Community positions per region, role and kind of service, with exactly as many filled as accepted applications.
CREATE TEMP TABLE gen_position AS
SELECT region, role, (s % 3) AS slot, count(*) FILTER (WHERE status = 'REDEPLOYED') AS filled, count(*) AS applicants
FROM gen_staff WHERE status IN ('APPLIED', 'REDEPLOYED') GROUP BY region, role, (s % 3);

INSERT INTO community_position (version, service_name, kind, staff_role, region, description, openings, filled, available_from)
SELECT filled, 'GEN ' || region || ' ' || CASE slot WHEN 0 THEN 'Community Mental Health Centre' WHEN 1 THEN 'Supported Living Service' ELSE 'Outreach Team' END,
       CASE slot WHEN 0 THEN 'COMMUNITY_MENTAL_HEALTH_CENTRE' WHEN 1 THEN 'SUPPORTED_LIVING' ELSE 'OUTREACH' END,
       role, region, NULL, least(500, applicants + 2), filled, (SELECT today FROM gen_param) - 400
FROM gen_position ORDER BY region, role, slot;

INSERT INTO staff_application (version, staff_member_id, position_id, applied_on, note, work_record, qualifications_assessment, willing_to_train,
                               commitment, commitment_notes, decision, decline_reason, decided_on, decided_by)
SELECT CASE WHEN s.status = 'REDEPLOYED' THEN 2 ELSE 0 END, s.staff_member_id, cp.id, s.added_on + 90, 'Would like to work closer to home',
       CASE WHEN s.status = 'REDEPLOYED' THEN 'Reliable; good with residents' END, NULL,
       CASE WHEN s.status = 'REDEPLOYED' THEN TRUE END,
       CASE WHEN s.status = 'REDEPLOYED' THEN 'STRONG' END, NULL,
       CASE WHEN s.status = 'REDEPLOYED' THEN 'ACCEPTED' END, NULL,
       CASE WHEN s.status = 'REDEPLOYED' THEN s.added_on + 120 END,
       CASE WHEN s.status = 'REDEPLOYED' THEN 'service.manager' END
FROM gen_staff_id s JOIN community_position cp
    ON cp.region = s.region AND cp.staff_role = s.role AND cp.service_name LIKE 'GEN %'
   AND cp.kind = CASE s.s % 3 WHEN 0 THEN 'COMMUNITY_MENTAL_HEALTH_CENTRE' WHEN 1 THEN 'SUPPORTED_LIVING' ELSE 'OUTREACH' END
WHERE s.status IN ('APPLIED', 'REDEPLOYED');

INSERT INTO staff_status_change (staff_member_id, status, cause, changed_at, changed_by)
SELECT s.staff_member_id, h.status, h.cause, (s.added_on + h.days)::TIMESTAMP AT TIME ZONE 'UTC' + interval '10 hours',
       'committee.' || lower(replace(s.region, ' ', '-'))
FROM gen_staff_id s,
     LATERAL (VALUES ('NOT_STARTED', 'ADDED', 0, TRUE),
                     ('IN_TRAINING', 'TRAINING', 30, s.status IN ('IN_TRAINING', 'APPLIED', 'REDEPLOYED')),
                     ('APPLIED', 'APPLICATION', 90, s.status IN ('APPLIED', 'REDEPLOYED')),
                     ('REDEPLOYED', 'DECISION', 120, s.status = 'REDEPLOYED'),
                     (s.status, 'EXIT', 20, s.status IN ('RETIRED', 'LEFT'))) AS h(status, cause, days, applies)
WHERE h.applies;

-- step: budgets and transition models
INSERT INTO budget_line (version, institution_id, fiscal_year, category, funding_source, ring_fenced, currency, planned_amount, description)
SELECT 0, g.institution_id, y.year, l.category, l.source, l.ring_fenced, 'EUR',
       round((c.current_residents + 20) * l.per_resident * CASE WHEN l.category = 'INSTITUTION_RUNNING' THEN pow(0.85, y.year - y0.year + 2)
                                                           ELSE pow(1.25, y.year - y0.year + 2) END * (0.9 + 0.2 * pg_temp.rnd(g.i * 16 + y.year, 400)))::NUMERIC(15, 2),
       'GEN ' || l.category
FROM gen_inst_id g JOIN institution c ON c.id = g.institution_id, gen_param p,
     LATERAL (SELECT extract(YEAR FROM p.today)::INT AS year) y0,
     LATERAL generate_series(y0.year - 2, y0.year) AS y(year),
     (VALUES ('INSTITUTION_RUNNING', 'HEALTH_MINISTRY', FALSE, 36000),
             ('COMMUNITY_SERVICES', 'REGIONAL', TRUE, 9000),
             ('TRANSITION_ONE_OFF', 'EU_OR_DONOR', TRUE, 4000),
             ('STAFF_TRAINING', 'HEALTH_MINISTRY', FALSE, 600)) AS l(category, source, ring_fenced, per_resident)
WHERE g.status IN ('OPERATING', 'DOWNSIZING') OR l.category <> 'INSTITUTION_RUNNING' OR y.year < y0.year;
ANALYZE budget_line;

INSERT INTO budget_actual (version, budget_line_id, spent_on, amount, note)
SELECT 0, b.id, make_date(b.fiscal_year, m, 28), round(b.planned_amount / 12 * (0.8 + 0.35 * pg_temp.rnd(b.id * 16 + m, 401))::NUMERIC, 2), NULL
FROM budget_line b JOIN gen_inst_id g ON g.institution_id = b.institution_id, gen_param p,
     LATERAL generate_series(1, CASE WHEN b.fiscal_year < extract(YEAR FROM p.today) THEN 12 ELSE extract(MONTH FROM p.today)::INT - 1 END) AS m
WHERE b.planned_amount > 0;

INSERT INTO transition_model (version, institution_id, currency, start_on, months, residents, fixed_monthly_cost, cost_per_resident_month,
                              set_up_cost_per_place, community_cost_low, community_cost_moderate, community_cost_high, staff_to_train,
                              training_cost_per_staff, annual_inflation_percent, planned_moves_per_month, planned_moves_from,
                              admissions_per_month, admissions_until)
SELECT 0, g.institution_id, 'EUR', date_trunc('month', p.today)::DATE, 60, c.current_residents, 40000 + 100 * c.current_residents, 2900,
       6000, 900, 1800, 3600, coalesce(t.staff, 0),
       450, 2.5, greatest(1, c.current_residents / 36), date_trunc('month', p.today)::DATE, 0, NULL
FROM gen_inst_id g JOIN institution c ON c.id = g.institution_id
     LEFT JOIN (SELECT institution_id, count(*) AS staff FROM gen_staff WHERE status = 'NOT_STARTED' GROUP BY institution_id) t
         ON t.institution_id = g.institution_id, gen_param p
WHERE g.status IN ('OPERATING', 'DOWNSIZING');

INSERT INTO transition_model_unit (transition_model_id, unit_id, monthly_step_cost)
SELECT t.id, u.unit_id, 15000 FROM transition_model t JOIN gen_unit u ON u.institution_id = t.institution_id;

INSERT INTO cost_scenario (version, transition_model_id, name, delay_months, unit_id, unit_delay_months, community_cost_percent)
SELECT 0, t.id, 'Moves six months later', 6, NULL, 0, 0 FROM transition_model t JOIN gen_inst_id g ON g.institution_id = t.institution_id;

-- step: QualityRights assessments
INSERT INTO quality_rights_assessment (version, institution_id, assessed_on, assessors, notes, recorded_by, recorded_at)
SELECT 0, g.institution_id, p.today - a.days, 'Visiting committee with a peer assessor', NULL,
       'committee.' || lower(g.code), (p.today - a.days + 2)::TIMESTAMP AT TIME ZONE 'UTC'
FROM gen_inst_id g, gen_param p, (VALUES (400), (60)) AS a(days)
WHERE g.status IN ('OPERATING', 'DOWNSIZING') AND (a.days = 400 OR pg_temp.rnd(g.i, 500) < 0.5);

INSERT INTO quality_rights_score (assessment_id, standard_code, score)
SELECT a.id, s.code, pg_temp.pick(pg_temp.rnd(a.id * 32 + s.position, 501), ARRAY['ACHIEVED_IN_FULL','ACHIEVED_PARTIALLY','INITIATED','NOT_INITIATED','NOT_APPLICABLE'],
                                   ARRAY[15, 30, 25, 25, 5])
FROM quality_rights_assessment a JOIN gen_inst_id g ON g.institution_id = a.institution_id CROSS JOIN quality_rights_standard s;

-- step: audit trail
INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id, details)
SELECT p.now - interval '1500 days', 'admin', 'CREATE', 'Institution', g.institution_id::TEXT, NULL FROM gen_inst_id g, gen_param p
UNION ALL
SELECT g.admitted_on::TIMESTAMP AT TIME ZONE 'UTC' + interval '10 hours', 'focal.' || lower(replace(g.region, ' ', '-')), 'CREATE', 'Resident',
       g.resident_id::TEXT, NULL FROM gen_resident_id g
UNION ALL
SELECT s.added_on::TIMESTAMP AT TIME ZONE 'UTC' + interval '10 hours', 'committee.' || lower(replace(s.region, ' ', '-')), 'CREATE', 'StaffMember',
       s.staff_member_id::TEXT, NULL FROM gen_staff_id s;

-- step: analyze
ANALYZE;
