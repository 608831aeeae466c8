-- Which wording of each consent the guest agreed to, so the record of a consent (APPI art.
-- 27 for sharing, art. 20(2) for health data) says what was agreed, and a changed wording can
-- be asked again. The wordings in use since the CRM opened are version 2026-11.
ALTER TABLE guest ADD COLUMN marketing_consent_version VARCHAR(10);
ALTER TABLE guest ADD COLUMN health_consent_version VARCHAR(10);
ALTER TABLE guest ADD COLUMN sharing_consent_version VARCHAR(10);

UPDATE guest SET marketing_consent_version = '2026-11' WHERE marketing_consent_at IS NOT NULL;
UPDATE guest SET health_consent_version = '2026-11' WHERE health_consent_at IS NOT NULL;
UPDATE guest SET sharing_consent_version = '2026-11' WHERE sharing_consent_at IS NOT NULL;
