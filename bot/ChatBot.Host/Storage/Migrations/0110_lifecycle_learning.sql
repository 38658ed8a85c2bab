-- Learning mode (issue 14 §4): someone the organization file does not list may walk the lifecycle guide to learn.
-- Their dialog is stored like any other, because its owner and version are checked server-side on every click (card
-- data is never trusted), but flagged: it is never an assessment — not in the managers' list, no workbook download,
-- no corrective actions from its gaps.
ALTER TABLE lifecycle_dialogs ADD COLUMN learning {{boolean}} NOT NULL DEFAULT {{false}};
