-- jobs of several servers on one register: each job names the server running it (a random id per
-- server start) and that server's latest sign of life, so a starting server marks failed only jobs
-- whose server has stopped answering, never another live server's running job
ALTER TABLE jobs ADD COLUMN server_id VARCHAR;
ALTER TABLE jobs ADD COLUMN heartbeat_at TIMESTAMP;
