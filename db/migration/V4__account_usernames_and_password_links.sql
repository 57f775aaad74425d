-- Why: user names are compared without regard to case at login (findByUsernameIgnoreCase), so two
-- accounts must never differ only in case; and the one-time password link is looked up by the
-- hash of its token.
create unique index uk_app_user_username_lower on app_user (lower(username));
create unique index uk_app_user_password_token on app_user (password_token_hash) where password_token_hash is not null;
