CREATE TABLE widgets (shown {{boolean}} NOT NULL);
