-- server users: who may sign in to the analyst pages, with a bcrypt hash (never a password)
CREATE TABLE users (
  name VARCHAR COLLATE "C" PRIMARY KEY,
  role VARCHAR NOT NULL,
  password_hash VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
