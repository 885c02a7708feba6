-- A small case-management schema of the kind vendors of Swedish social-services systems have.
-- Like most such schemas it enforces keys but few of the rules of SOSFS 2011:9: most columns may be
-- NULL, and codes are plain text. The mapping layer (se.qms.examples.vendor) is where a row meets
-- the model, and where a bad row is rejected with a coded error naming table, column and row id.
-- Statements end with a semicolon at the end of a line.
-- Every case table has protected_personal_data: the person the case concerns has skyddade
-- personuppgifter (Skatteverket's sekretessmarkering or skyddad folkbokföring).

CREATE TABLE units (
  id          VARCHAR(50)  PRIMARY KEY,
  name        VARCHAR(200),
  kind        VARCHAR(20),          -- NAMND, FORVALTNING, AVDELNING, ENHET, GRUPP
  parent_id   VARCHAR(50)
);

-- Staff are pseudonymous: an id and a title, never a personnummer or a name.
CREATE TABLE staff (
  id          VARCHAR(50)  PRIMARY KEY,
  title       VARCHAR(200),
  role        VARCHAR(50),          -- ENHETSCHEF, MEDARBETARE, ... (qms Role codes)
  unit_id     VARCHAR(50)
);

-- Klagomål och synpunkter (SOSFS 2011:9 5 kap. 3 §)
CREATE TABLE complaints (
  id          VARCHAR(50)  PRIMARY KEY,
  kind        VARCHAR(20),          -- COMPLAINT, COMMENT, PRAISE, SUGGESTION
  source      VARCHAR(40),          -- ComplaintSource codes, may be NULL
  unit_id     VARCHAR(50),
  summary     VARCHAR(2000),
  received_on DATE,
  answered_on DATE,
  closed_on   DATE,
  handler_id  VARCHAR(50),          -- staff
  protected_personal_data BOOLEAN  -- skyddade personuppgifter: TRUE keeps names and free text out of exports; NULL = FALSE
);

-- Avvikelser
CREATE TABLE deviations (
  id              VARCHAR(50)  PRIMARY KEY,
  unit_id         VARCHAR(50),
  occurred_on     DATE,
  reported_on     DATE,
  description     VARCHAR(2000),
  status          VARCHAR(20),      -- REPORTED, INVESTIGATING, INVESTIGATED, CLOSED
  outcome         VARCHAR(30),      -- NO_ACTION_NEEDED, ACTION_NEEDED, LEX_SARAH_REPORT
  investigator_id VARCHAR(50),      -- staff
  protected_personal_data BOOLEAN  -- skyddade personuppgifter: TRUE keeps names and free text out of exports; NULL = FALSE
);

-- Lex Sarah (SoL 14 kap., LSS 24 a-g §§): one row per report, one date column per step
CREATE TABLE lex_sarah_reports (
  id                       VARCHAR(50)  PRIMARY KEY,
  committee_id             VARCHAR(50),   -- the nämnd responsible
  unit_id                  VARCHAR(50),
  reported_on              DATE,
  reporter_role            VARCHAR(50),
  individual_count         INTEGER,
  categories               VARCHAR(200),  -- comma-separated LexSarahCategory codes
  received_on              DATE,
  registered_on            DATE,
  investigation_started_on DATE,
  assessed_on              DATE,
  assessment               VARCHAR(40),   -- LexSarahAssessment codes
  notification_decided_on  DATE,
  notified_on              DATE,
  closed_on                DATE,
  protected_personal_data BOOLEAN  -- skyddade personuppgifter: TRUE keeps names and free text out of exports; NULL = FALSE
);

-- Gynnande beslut and their execution (SoL 16 kap. 6 f-h §, LSS 28 f-h §)
CREATE TABLE decisions (
  id             VARCHAR(50)  PRIMARY KEY,
  client_id      VARCHAR(50),         -- pseudonymous
  unit_id        VARCHAR(50),         -- the unit that is to carry it out
  insats_code    VARCHAR(60),         -- InsatsCatalogue codes, e.g. lss-kontaktperson
  gender         CHAR(1),             -- K or M, as in Kolada
  decided_on     DATE,
  delay_reason   VARCHAR(30),         -- RESOURCE_SHORTAGE, DECLINED_OFFER, OTHER
  executed_on    DATE,
  interrupted_on DATE,
  resumed_on     DATE,
  ended_on       DATE,
  protected_personal_data BOOLEAN  -- skyddade personuppgifter: TRUE keeps names and free text out of exports; NULL = FALSE
);

-- The quarterly reports on decisions not carried out, as submitted
CREATE TABLE decision_reports (
  quarter      VARCHAR(7),            -- 2024-Q1
  law          VARCHAR(3),            -- SOL, LSS
  recipient    VARCHAR(10),           -- IVO, AUDITORS, COUNCIL
  submitted_on DATE,
  PRIMARY KEY (quarter, law, recipient)
);

-- Åtgärder (SOSFS 2011:9 5 kap. 7 §)
CREATE TABLE actions (
  id                   VARCHAR(50)  PRIMARY KEY,
  title                VARCHAR(500),
  origin               VARCHAR(30),   -- ActionOrigin codes
  origin_id            VARCHAR(50),
  purpose              VARCHAR(20),   -- PREVENTIVE, CORRECTIVE
  responsible_role     VARCHAR(50),
  responsible_staff_id VARCHAR(50),
  unit_id              VARCHAR(50),
  registered_on        DATE,
  due_on               DATE,
  status               VARCHAR(20),   -- NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED
  completed_on         DATE,
  evaluated_on         DATE,
  effect               VARCHAR(20)    -- ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED
);

-- What the compliance engine found, written by the nightly job and the on-save check.
-- Key: rule id, subject (the object's path) and seq (0 unless one rule finds several things about
-- one object). A resolved finding is closed, not deleted, so a case worker sees what was fixed.
CREATE TABLE findings (
  rule_id    VARCHAR(100) NOT NULL,
  subject    VARCHAR(500) NOT NULL,
  seq        INTEGER      NOT NULL,
  unit_id    VARCHAR(50),
  severity   VARCHAR(10)  NOT NULL,
  message_sv VARCHAR(2000) NOT NULL,
  message_en VARCHAR(2000) NOT NULL,
  basis      VARCHAR(500) NOT NULL,
  status     VARCHAR(6)   NOT NULL,   -- OPEN, CLOSED
  opened_on  DATE         NOT NULL,
  closed_on  DATE,
  PRIMARY KEY (rule_id, subject, seq)
);
