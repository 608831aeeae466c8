-- The audit log named the sensitive declaration a consent was given to or withdrawn from
-- (WOMAN, AGED_60_OR_OVER, DISABILITY), so a withdrawn declaration, disability being
-- 要配慮個人情報, stayed readable in the log, the person's export and the admin's page. The
-- log now keeps only that a consent to a sensitive declaration was given (and to which
-- version of the text) or withdrawn; the declaration itself keeps which, while it exists.
UPDATE audit_event
SET detail = REPLACE(REPLACE(REPLACE(detail, 'AGED_60_OR_OVER', 'sensitive'), 'DISABILITY', 'sensitive'),
		'WOMAN', 'sensitive')
WHERE action IN ('CONSENT_GIVEN', 'CONSENT_WITHDRAWN')
	AND (detail IN ('WOMAN', 'AGED_60_OR_OVER', 'DISABILITY')
		OR detail LIKE 'WOMAN v%' OR detail LIKE 'AGED_60_OR_OVER v%' OR detail LIKE 'DISABILITY v%');
