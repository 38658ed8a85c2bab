-- Questions are personal data: knowledge_answers rows (and their feedback) are deleted Knowledge:AnswerLogRetention after
-- they were asked (Features/Knowledge/AnswerLogPurgeHandler.cs). An admin may keep an unanswered question past that from
-- the 未回答 list: who kept it and when. NULL: not kept.
ALTER TABLE knowledge_answers ADD COLUMN kept_by TEXT NULL;
ALTER TABLE knowledge_answers ADD COLUMN kept_at BIGINT NULL;
