"""Where the data lives: the database engine, the tables and the migrations that shape them."""
