the rowid alias: the enqueue order
