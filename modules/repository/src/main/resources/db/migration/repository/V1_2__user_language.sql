-- The language each user chose for the interface, remembered across sessions and machines.
ALTER TABLE app_user ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'hi'));
