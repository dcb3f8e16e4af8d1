-- witnesses of the transparency log (issue 12): the witnesses whose cosignatures the register
-- accepts (their C2SP verifier keys, type 0x04), and the cosignature lines they sent for the
-- register's signed checkpoints (tlog-cosignature), served with the checkpoint.
CREATE TABLE log_witnesses (
  name VARCHAR PRIMARY KEY,
  verifier_key VARCHAR NOT NULL,
  added_by VARCHAR NOT NULL,
  added_at TIMESTAMP NOT NULL
);

CREATE TABLE log_cosignatures (
  checkpoint_id BIGINT NOT NULL,
  witness VARCHAR NOT NULL,
  line VARCHAR NOT NULL,
  received_at TIMESTAMP NOT NULL,
  PRIMARY KEY (checkpoint_id, witness)
);
