-- Profiles sign in (DESIGN.md §8): a salted PBKDF2 hash of the password (none = no password asked), and
-- whether the profile signs in at all (authors of demo data do not).
ALTER TABLE profile ADD COLUMN password_hash VARCHAR(200);
ALTER TABLE profile ADD COLUMN can_sign_in BOOLEAN DEFAULT TRUE NOT NULL;
