the enqueue order
