-- The name Teams showed for the reporter when they filed, so a report from someone the organization file does not
-- list still says who sent it. NULL for reports filed before this column existed.
ALTER TABLE incidents ADD COLUMN reporter_name TEXT;
