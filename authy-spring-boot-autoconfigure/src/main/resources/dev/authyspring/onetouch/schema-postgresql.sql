-- Replay protection of OneTouch callbacks (JdbcOneTouchNonceStore). expires_at is epoch milliseconds.
CREATE TABLE IF NOT EXISTS authy_onetouch_nonce (
	replay_key VARCHAR(200) NOT NULL PRIMARY KEY,
	state VARCHAR(16) NOT NULL,
	expires_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS authy_onetouch_nonce_expires_at ON authy_onetouch_nonce (expires_at);
