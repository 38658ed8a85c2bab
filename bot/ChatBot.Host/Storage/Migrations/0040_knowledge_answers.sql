-- Answers the bot gave (or could not give) and the feedback on them. Questions are stored only after the
-- My Number guard masked them; content owners read the unanswered ones to see what the knowledge base lacks.
CREATE TABLE knowledge_answers (
    activity_id TEXT NOT NULL PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    user_aad_object_id TEXT NULL,
    question TEXT NOT NULL,
    locale TEXT NULL,
    found {{boolean}} NOT NULL,
    answer_id TEXT NULL,
    score {{double}} NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ix_knowledge_answers_found_created ON knowledge_answers (found, created_at);

CREATE TABLE knowledge_feedback (
    activity_id TEXT NOT NULL,
    user_aad_object_id TEXT NOT NULL,
    reaction TEXT NOT NULL,
    feedback_text TEXT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (activity_id, user_aad_object_id)
);
