-- server mode: sessions kept in the register, users revoked, background jobs kept as records
ALTER TABLE users ADD COLUMN disabled_at TIMESTAMP;
ALTER TABLE users ADD COLUMN disabled_by VARCHAR;
-- id_hash is the SHA-256 (hex) of the cookie's session id: reading this table does not give a
-- working cookie. role is the role signed in with.
CREATE TABLE sessions (
  id_hash VARCHAR COLLATE "C" PRIMARY KEY,
  user_name VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  csrf VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL
);
-- state: queued, running, succeeded or failed; done/total the latest progress of phase
CREATE TABLE jobs (
  id VARCHAR COLLATE "C" PRIMARY KEY,
  kind VARCHAR NOT NULL,
  description VARCHAR NOT NULL,
  state VARCHAR NOT NULL,
  phase VARCHAR,
  done BIGINT NOT NULL,
  total BIGINT NOT NULL,
  result VARCHAR,
  error VARCHAR,
  started_by VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP
);
