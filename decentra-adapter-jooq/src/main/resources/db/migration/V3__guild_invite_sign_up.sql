-- Whether a server invite also lets a newcomer create an account on the instance (on by default;
-- the admin can turn it off and keep sign-up to instance invites).
ALTER TABLE instance_state ADD COLUMN guild_invites_allow_sign_up BOOLEAN DEFAULT TRUE NOT NULL;
